import {
  commitmentEventSchemas,
  isCommitmentEventType,
  parseCommitmentEvent,
} from './commitment.event-schemas.js';
import { given, planDelegations } from './commitment.fixtures.js';

describe('commitmentEventSchemas', () => {
  const periodKey = '2025-10-01';
  const { events } = given(
    planDelegations({ clause: 2, notes: { vi: 'Ghi chú' } }),
    { type: 'EditCommitment', data: { title: { en: 'Delegations' } } },
    { type: 'StartOccurrence', data: { periodKey, note: 'Visas requested' } },
    { type: 'RecordPartialFulfilment', data: { periodKey, quantityDone: 15 } },
    { type: 'FulfilOccurrence', data: { periodKey } },
    {
      type: 'AddEvidence',
      data: {
        periodKey,
        evidenceId: 'e1',
        note: null,
        file: {
          fileId: 'e1',
          name: 'список.pdf',
          mediaType: 'application/pdf',
          size: 9,
          sha256: 'f'.repeat(64),
        },
      },
    },
    { type: 'MarkOccurrenceMissed', data: { periodKey: '2026-10-01', reason: null } },
    { type: 'WaiveOccurrence', data: { periodKey: '2026-10-01', reason: 'Covid rules' } },
    { type: 'CancelCommitment', data: { reason: 'Superseded' } },
  );

  it('reads back every event decide records, unchanged, one of each type', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(
      new Set(Object.keys(commitmentEventSchemas)),
    );
    for (const event of events) expect(parseCommitmentEvent(event.type, event.data)).toEqual(event);
  });

  it('rejects a stored payload with a field it does not know', () => {
    expect(() =>
      parseCommitmentEvent('OccurrenceWaived', { periodKey, reason: 'x', extra: 1 }),
    ).toThrow();
  });

  it('recognises stored commitment event types, and not agreement ones', () => {
    expect(isCommitmentEventType('OccurrenceMissed')).toBe(true);
    expect(isCommitmentEventType('AgreementSigned')).toBe(false);
  });
});
