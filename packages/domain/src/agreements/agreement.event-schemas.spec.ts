import { actorFor, by, historyTo, sample } from './agreement.fixtures.js';
import { decide } from './decide.js';
import { foldAgreement } from './evolve.js';
import {
  agreementEventSchemas,
  isAgreementEventType,
  parseAgreementEvent,
} from './agreement.event-schemas.js';
import { AGREEMENT_TRANSITIONS } from './transitions.js';
import { historyThroughAmendment } from './amendments/amendment.fixtures.js';

describe('agreementEventSchemas', () => {
  // Every event of every row, decided from each position the row starts from.
  const recorded = AGREEMENT_TRANSITIONS.flatMap((row) =>
    row.from.flatMap((from) => {
      const history = historyTo(from);
      const events = decide(sample(row.command), foldAgreement(history), by(actorFor(row.command)));
      return [...history, ...events];
    }),
  ).concat(
    historyThroughAmendment('signed'),
    historyThroughAmendment('withdrawn'),
    // An approved review decision records its outcome (here the expiry) on completion only.
    historyTo({ status: 'expired', step: 'closed' }),
  );

  it('has a schema for every event the table emits, and no other', () => {
    expect(new Set(Object.keys(agreementEventSchemas))).toEqual(
      new Set(AGREEMENT_TRANSITIONS.map((row) => row.event)),
    );
  });

  it('reads back every event decide records, unchanged', () => {
    expect(new Set(recorded.map((event) => event.type))).toEqual(
      new Set(Object.keys(agreementEventSchemas)),
    );
    for (const event of recorded)
      expect(parseAgreementEvent(event.type, event.data)).toEqual(event);
  });

  it('rejects a stored payload with a field it does not know', () => {
    expect(() => parseAgreementEvent('AgreementSuspended', { reason: 'x', extra: 1 })).toThrow();
  });

  it('rejects a stored payload with a malformed date', () => {
    expect(() => parseAgreementEvent('AgreementSigned', { effectiveOn: '15/03/2024' })).toThrow(
      'must be a date as YYYY-MM-DD',
    );
  });

  it('recognises stored event types', () => {
    expect(isAgreementEventType('DraftApproved')).toBe(true);
    expect(isAgreementEventType('DraftDeleted')).toBe(false);
  });
});
