import type { AgreementEvent } from '../agreements/agreement.events.js';
import type { CommitmentEvent } from '../commitments/commitment.events.js';
import { streamOf } from './audited-events.js';
import {
  AUDITED_EVENT_TYPES,
  eventChanges,
  type FieldState,
  foldFieldState,
  needsPriorState,
} from './event-changes.js';

type Event = AgreementEvent | CommitmentEvent;

/** Folds the stream's earlier events, then phrases the last one, as the audit search does. */
function changesOf(history: Event[], event: Event) {
  const before = history.reduce<FieldState>(
    (state, earlier) => foldFieldState(state, earlier.type, earlier.data),
    {},
  );
  return eventChanges(event.type, event.data, before);
}

const drafted: Event = {
  type: 'AgreementDrafted',
  data: {
    agreementId: 'a1',
    createdBy: 'u1',
    title: { en: 'Sports cooperation', vi: 'Hợp tác thể thao' },
    type: 'mou',
    summary: null,
    ourOrganisation: 'Ministry',
    partners: [{ name: 'FAVIJA', country: 'JP' }],
    startsOn: null,
    endsOn: '2027-01-01',
  },
};

describe('eventChanges', () => {
  it('gives the old expiry date from the stream when an edit sets a new one', () => {
    const edited: Event = { type: 'AgreementDetailsEdited', data: { endsOn: '2028-01-01' } };
    expect(changesOf([drafted], edited)).toEqual([
      { field: 'endsOn', from: '2027-01-01', to: '2028-01-01' },
    ]);
  });

  it('phrases a title edit per language, a removed language as cleared', () => {
    const edited: Event = {
      type: 'AgreementDetailsEdited',
      data: { title: { en: 'Sports and youth cooperation' } },
    };
    expect(changesOf([drafted], edited)).toEqual([
      { field: 'title.en', from: 'Sports cooperation', to: 'Sports and youth cooperation' },
      { field: 'title.vi', from: 'Hợp tác thể thao', to: null },
    ]);
  });

  it('leaves out fields an edit repeats unchanged', () => {
    const edited: Event = {
      type: 'AgreementDetailsEdited',
      data: { endsOn: '2027-01-01', ourOrganisation: 'Ministry of Culture' },
    };
    expect(changesOf([drafted], edited)).toEqual([
      { field: 'ourOrganisation', from: 'Ministry', to: 'Ministry of Culture' },
    ]);
  });

  it('lists what a draft sets without "from" and without empty fields', () => {
    expect(changesOf([], drafted)).toEqual([
      { field: 'title.en', to: 'Sports cooperation' },
      { field: 'title.vi', to: 'Hợp tác thể thao' },
      { field: 'type', to: 'mou' },
      { field: 'ourOrganisation', to: 'Ministry' },
      { field: 'partners', to: ['FAVIJA (JP)'] },
      { field: 'endsOn', to: '2027-01-01' },
    ]);
  });

  it('phrases an approval decided as a delegate: decision, step from 1, comment', () => {
    const decided: Event = {
      type: 'ApprovalDecisionRecorded',
      data: {
        purpose: 'draft',
        step: 0,
        decidedBy: 'u2',
        onBehalfOf: 'u3',
        comment: 'Đồng ý với điều khoản',
        decidedAt: '2026-11-23T10:00:00.000Z',
      },
    };
    expect(changesOf([drafted], decided)).toEqual([
      { field: 'decision', to: 'approved' },
      { field: 'purpose', to: 'draft' },
      { field: 'step', to: 1 },
      { field: 'comment', to: 'Đồng ý với điều khoản' },
    ]);
  });

  it('gives the quantity of a fulfilled occurrence', () => {
    const fulfilled: Event = {
      type: 'OccurrenceFulfilled',
      data: { periodKey: '2025-10-01', note: null, quantityDone: 20 },
    };
    expect(changesOf([], fulfilled)).toEqual([
      { field: 'period', to: '2025-10-01' },
      { field: 'quantityDone', to: 20 },
    ]);
  });

  it('compares a renewal with the expiry the signature set, and flattens rules', () => {
    const signed: Event = {
      type: 'AgreementSigned',
      data: { effectiveOn: '2024-01-01', endsOn: '2027-01-01', reviewDueOn: '2026-10-03' },
    };
    const renewed: Event = {
      type: 'AgreementRenewed',
      data: { endsOn: '2030-01-01', comment: null, months: 36, reviewDueOn: null },
    };
    expect(changesOf([drafted, signed], renewed)).toEqual([
      { field: 'endsOn', from: '2027-01-01', to: '2030-01-01' },
      { field: 'reviewDueOn', from: '2026-10-03', to: null },
      { field: 'months', to: 36 },
    ]);
    const rule: Event = {
      type: 'AgreementDetailsEdited',
      data: { renewalRule: { kind: 'automatic', months: 12, noticeDays: 60 } },
    };
    expect(changesOf([drafted], rule)).toEqual([
      { field: 'renewalRule.kind', to: 'automatic' },
      { field: 'renewalRule.months', to: 12 },
      { field: 'renewalRule.noticeDays', to: 60 },
    ]);
  });

  it('names every audited type once and gives nothing for a type it does not know', () => {
    expect(new Set(AUDITED_EVENT_TYPES).size).toBe(AUDITED_EVENT_TYPES.length);
    expect(AUDITED_EVENT_TYPES).toEqual(
      expect.arrayContaining(['AgreementDrafted', 'OccurrenceWaived', 'DelegationGranted']),
    );
    expect(eventChanges('SomethingNew', { comment: 'x' }, {})).toEqual([]);
    // A payload missing what its row reads is shown without changes, not a failed page.
    expect(eventChanges('ApprovalPolicyChanged', { purpose: 'draft' }, {})).toEqual([]);
    expect(needsPriorState('SomethingNew', {})).toBe(false);
    expect(needsPriorState('AgreementDetailsEdited', {})).toBe(true);
    expect(needsPriorState('DraftApproved', { comment: null })).toBe(false);
  });
});

describe('streamOf', () => {
  it.each([
    ['AgreementDrafted', { agreementId: 's1' }, { kind: 'agreement', agreementId: 's1' }],
    ['CommitmentPlanned', { agreementId: 'a1' }, { kind: 'commitment', agreementId: 'a1' }],
    ['AgreementObserversChanged', { agreementId: 'a1' }, { kind: 'observers', agreementId: 'a1' }],
    ['ApprovalPolicyChanged', {}, { kind: 'approval-policy', agreementId: null }],
    ['DelegationGranted', {}, { kind: 'delegation', agreementId: null }],
    [
      'ExportRequested',
      { format: 'jsonl', filters: { agreementId: 'a1' }, language: 'en' },
      { kind: 'export', agreementId: 'a1' },
    ],
    [
      'ExportRequested',
      { format: 'csv', filters: { from: '2026-01-01T00:00:00Z' }, language: 'vi' },
      { kind: 'export', agreementId: null },
    ],
    // An agreement id at the top of an export's payload is not its filter.
    ['ExportRequested', { agreementId: 'a1', filters: {} }, { kind: 'export', agreementId: null }],
    [
      'EventLogVerificationRequested',
      { verificationId: 's1' },
      { kind: 'verification', agreementId: null },
    ],
    [
      'DossierExported',
      { agreementId: 'a1', language: 'ja' },
      { kind: 'dossier', agreementId: 'a1' },
    ],
    ['SomethingNew', { agreementId: 'a1' }, { kind: 'other', agreementId: null }],
  ])('classifies a stream starting with %s', (type, data, expected) => {
    expect(streamOf('s1', type, data)).toEqual(expected);
  });
});

describe('eventChanges of the reads the log records', () => {
  it('says what an export asked for: format, what it can prove, language and each filter', () => {
    const data = {
      format: 'csv-excel',
      filters: { actorId: 'u7', type: ['DraftApproved', 'ClearedToSign'], q: 'đồng ý' },
      language: 'vi',
    };
    expect(eventChanges('ExportRequested', data, {})).toEqual([
      { field: 'format', to: 'csv-excel' },
      { field: 'scope', to: 'selection' },
      { field: 'language', to: 'vi' },
      { field: 'actor', to: 'u7' },
      { field: 'types', to: ['DraftApproved', 'ClearedToSign'] },
      { field: 'text', to: 'đồng ý' },
    ]);
    expect(
      eventChanges('ExportRequested', { format: 'jsonl', filters: {}, language: 'en' }, {}),
    ).toEqual([
      { field: 'format', to: 'jsonl' },
      { field: 'scope', to: 'log' },
      { field: 'language', to: 'en' },
    ]);
  });

  it('gives a finished export its row count, files and the hash of its one file', () => {
    const file = { name: 'events.jsonl', sha256: 'ab'.repeat(32), bytes: 10, rows: 3 };
    expect(eventChanges('ExportCompleted', { rowCount: 3, files: [file] }, {})).toEqual([
      { field: 'rows', to: 3 },
      { field: 'file', to: ['events.jsonl'] },
      { field: 'sha256', to: file.sha256 },
    ]);
    expect(eventChanges('ExportDownloaded', { file: 'manifest.json' }, {})).toEqual([
      { field: 'file', to: 'manifest.json' },
    ]);
    expect(eventChanges('ExportFailed', { error: 'disk full' }, {})).toEqual([
      { field: 'error', to: 'disk full' },
    ]);
    expect(eventChanges('ExportCancelled', { reason: null }, {})).toEqual([]);
    expect(eventChanges('ExportStarted', { attempt: 2 }, {})).toEqual([
      { field: 'attempt', to: 2 },
    ]);
    expect(eventChanges('ExportExpired', { files: ['events.csv'] }, {})).toEqual([
      { field: 'file', to: ['events.csv'] },
    ]);
  });

  it('gives a verification its verdict and, when broken, where and why', () => {
    const counts = { eventsChecked: 311, streamsChecked: 19, checkpointsChecked: 2 };
    expect(
      eventChanges('EventLogVerified', { ok: true, ...counts, firstBroken: null }, {}),
    ).toEqual([
      { field: 'ok', to: true },
      { field: 'eventsChecked', to: 311 },
      { field: 'streamsChecked', to: 19 },
      { field: 'checkpointsChecked', to: 2 },
    ]);
    const firstBroken = {
      position: '42',
      streamId: 's1',
      version: 3,
      reason: 'event-hash-mismatch',
      detail: 'changed',
    };
    expect(eventChanges('EventLogVerified', { ok: false, ...counts, firstBroken }, {})).toEqual(
      expect.arrayContaining([
        { field: 'ok', to: false },
        { field: 'brokenAt', to: '42' },
        { field: 'problem', to: 'event-hash-mismatch' },
      ]),
    );
    expect(eventChanges('EventLogVerificationRequested', { verificationId: 'v1' }, {})).toEqual([]);
    expect(eventChanges('EventLogVerificationFailed', { error: 'timeout' }, {})).toEqual([
      { field: 'error', to: 'timeout' },
    ]);
  });

  it('names the language of a downloaded dossier', () => {
    expect(eventChanges('DossierExported', { agreementId: 'a1', language: 'ja' }, {})).toEqual([
      { field: 'language', to: 'ja' },
    ]);
  });

  it('names the fields of a proposed and a rejected review decision', () => {
    expect(
      eventChanges(
        'ReviewDecisionProposed',
        { decision: 'terminate', reason: 'Partner dissolved', terminatedOn: '2027-03-01' },
        {},
      ),
    ).toEqual([
      { field: 'decision', to: 'terminate' },
      { field: 'terminatedOn', to: '2027-03-01' },
      { field: 'reason', to: 'Partner dissolved' },
    ]);
    expect(AUDITED_EVENT_TYPES).toEqual(
      expect.arrayContaining(['ReviewDecisionProposed', 'ReviewDecisionRejected']),
    );
  });
});
