import type { AgreementDetails } from '../agreements/agreement.events.js';
import type { CommitmentDetails } from '../commitments/commitment.model.js';
import type { ExportEvent } from '../exports/export.events.js';
import { exportScope } from '../exports/export-scope.js';
import type { AuditedEventData, AuditedEventType } from './audited-events.js';

/**
 * What one event changed, field by field, for people to read ("Expiry date changed from
 * 1 Jan 2027 to 1 Jan 2028"). `field` is dotted where a value has parts: `title.vi` (a
 * language of a text), `renewalRule.months`. `from` is absent when the event sets a field
 * for the first time or merely records a fact (a decision, a comment, a quantity done).
 */
export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

/** A stream's fields as its earlier events left them: dotted field → value. */
export type FieldState = Readonly<Record<string, unknown>>;

/**
 * What an event says, split in two: `sets` are fields of the stream's state, compared with
 * the value before to give `from` → `to`; `facts` are what the event itself records.
 */
interface EventFields {
  sets?: Record<string, unknown>;
  facts?: Record<string, unknown>;
}

/** Fields whose values are user ids: the api names the people before answering. */
export const USER_ID_FIELDS = ['owner', 'assignee', 'substitute', 'observers', 'actor'] as const;

type Describe = { [T in AuditedEventType]: (data: AuditedEventData<T>) => EventFields };

const present = (value: unknown): boolean => value !== undefined;

/** Keeps only the members an event carries: absent means "not changed", null means "cleared". */
function only(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => present(value)));
}

function partnerNames(partners: AgreementDetails['partners'] | undefined): string[] | undefined {
  return partners?.map((party) => `${party.name} (${party.country})`);
}

function agreementDetails(data: Partial<AgreementDetails>): Record<string, unknown> {
  return only({
    title: data.title,
    type: data.type,
    summary: data.summary,
    ourOrganisation: data.ourOrganisation,
    partners: partnerNames(data.partners),
    startsOn: data.startsOn,
    endsOn: data.endsOn,
    responsibleUnit: data.responsibleUnit,
    ourCountry: data.ourCountry,
    ourSignatory: data.ourSignatory,
    effectiveDateRule: data.effectiveDateRule,
    termMonths: data.termMonths,
    renewalRule: data.renewalRule,
    reviewLeadDays: data.reviewLeadDays,
  });
}

function commitmentDetails(data: Partial<CommitmentDetails>): Record<string, unknown> {
  const schedule = data.schedule;
  return only({
    title: data.title,
    kind: data.kind,
    owedBy: data.owedBy,
    partner: data.partner,
    clause: data.clause,
    owner: data.ownerId,
    quantity: data.quantity,
    schedule:
      schedule === undefined
        ? undefined
        : schedule.kind === 'once'
          ? schedule.dueOn
          : schedule.rrule,
    notes: data.notes,
  });
}

type ExportRequestedData = Extract<ExportEvent, { type: 'ExportRequested' }>['data'];

/**
 * What an export asked for, in the words of the audit search's filters; `scope` says what
 * its manifest can prove (docs/audit.md). The agreement itself is the row's agreement.
 */
function exportRequest(data: ExportRequestedData): EventFields {
  const filters = data.filters;
  return {
    facts: only({
      format: data.format,
      scope: exportScope(filters),
      language: data.language,
      partner: filters.partner,
      actor: filters.actorId,
      types: filters.type,
      from: filters.from,
      to: filters.to,
      text: filters.q,
    }),
  };
}

const comment = (data: { comment: string | null }): EventFields => ({
  facts: { comment: data.comment },
});
const nothing = (): EventFields => ({});

/**
 * One row per event type. The mapped type makes it exhaustive: a new event type in the
 * agreement, commitment or platform unions fails to compile until it has a row here.
 */
const DESCRIBE: Describe = {
  AgreementDrafted: (data) => ({ sets: agreementDetails(data) }),
  AgreementDetailsEdited: (data) => ({ sets: agreementDetails(data) }),
  AgreementSubmittedForApproval: () => ({}),
  DraftApproved: comment,
  DraftReturnedForChanges: (data) => ({
    facts: only({
      decision: data.intent ?? 'returned',
      step: stepNumber(data.step),
      comment: data.comment,
    }),
  }),
  NegotiationStarted: nothing,
  NegotiationRoundOpened: (data) => ({ facts: { round: data.round, proposedBy: data.proposedBy } }),
  TextFinalised: (data) => ({ facts: { textHash: data.textHash } }),
  ClearanceToSignRequested: (data) => ({
    facts: only({
      round: data.round,
      changedClauses: data.changedClauses?.join(', '),
      carried: data.carried?.length,
    }),
  }),
  ClearedToSign: comment,
  ClearanceRefused: (data) => ({
    facts: only({
      decision: data.intent ?? 'refused',
      step: stepNumber(data.step),
      comment: data.comment,
    }),
  }),
  SigningOpened: nothing,
  AgreementSigned: (data) => ({
    sets: only({
      effectiveOn: data.effectiveOn,
      endsOn: data.endsOn,
      reviewDueOn: data.reviewDueOn,
    }),
  }),
  AgreementSuspended: (data) => ({ facts: { reason: data.reason } }),
  AgreementResumed: nothing,
  ReviewStarted: (data) => ({ sets: only({ reviewDueOn: data.dueOn, assignee: data.assignee }) }),
  AgreementRenewed: (data) => ({
    sets: only({ endsOn: data.endsOn, reviewDueOn: data.reviewDueOn }),
    facts: only({ months: data.months, comment: data.comment }),
  }),
  AgreementExpired: comment,
  ReviewDecisionProposed: (data) => ({
    facts: only({
      decision: data.decision,
      endsOn: data.decision === 'renew' ? data.endsOn : undefined,
      months: data.decision === 'renew' ? (data.months ?? undefined) : undefined,
      terminatedOn: data.decision === 'terminate' ? data.terminatedOn : undefined,
      comment: data.decision === 'terminate' ? undefined : data.comment,
      reason: data.decision === 'terminate' ? data.reason : undefined,
    }),
  }),
  ReviewDecisionRejected: (data) => ({
    facts: only({
      decision: data.intent ?? 'rejected',
      step: stepNumber(data.step),
      comment: data.comment,
    }),
  }),
  AgreementTerminated: (data) => ({
    facts: { terminatedOn: data.terminatedOn, reason: data.reason },
  }),
  AgreementWithdrawn: (data) => ({ facts: { reason: data.reason } }),
  ApprovalDecisionRecorded: (data) => ({
    facts: only({
      decision: 'approved',
      purpose: data.purpose,
      step: stepNumber(data.step),
      comment: data.comment,
      carried: data.carried,
    }),
  }),
  SignatureRecorded: (data) => ({
    facts: {
      organisation: data.organisation,
      signatoryName: data.signatoryName,
      signatoryTitle: data.signatoryTitle,
      signedOn: data.signedOn,
      place: data.place,
      method: data.method,
    },
  }),
  AttachmentAdded: (data) => ({ facts: { file: data.name, size: data.size, sha256: data.sha256 } }),
  AgreementTextEdited: (data) => ({
    facts: { clauses: data.text.clauses.length, languages: data.text.languages.join(', ') },
  }),
  ClauseReviewed: (data) => ({
    facts: {
      clause: data.number,
      round: data.round,
      status: data.status,
      comment: data.comment,
    },
  }),
  AmendmentProposed: (data) => ({ facts: { amendment: data.number, reason: data.reason } }),
  AmendmentTookEffect: (data) => ({
    facts: { amendment: data.number, effectiveOn: data.effectiveOn, textHash: data.textHash },
  }),
  AmendmentWithdrawn: (data) => ({ facts: { amendment: data.number, reason: data.reason } }),
  CommitmentPlanned: (data) => ({ sets: commitmentDetails(data) }),
  CommitmentEdited: (data) => ({ sets: commitmentDetails(data) }),
  OccurrenceStarted: (data) => ({ facts: { period: data.periodKey, note: data.note } }),
  OccurrenceFulfilled: (data) => ({
    facts: { period: data.periodKey, quantityDone: data.quantityDone, note: data.note },
  }),
  OccurrencePartiallyFulfilled: (data) => ({
    facts: { period: data.periodKey, quantityDone: data.quantityDone, note: data.note },
  }),
  OccurrenceMissed: (data) => ({ facts: { period: data.periodKey, reason: data.reason } }),
  OccurrenceWaived: (data) => ({ facts: { period: data.periodKey, reason: data.reason } }),
  EvidenceAdded: (data) => ({
    facts: { period: data.periodKey, note: data.note, file: data.file?.name ?? null },
  }),
  CommitmentCancelled: (data) => ({ facts: { reason: data.reason } }),
  ApprovalPolicyChanged: (data) => ({
    sets: only({ steps: data.steps.length, reapproval: data.reapproval }),
    facts: { agreementType: data.agreementType, purpose: data.purpose, revision: data.revision },
  }),
  DelegationGranted: (data) => ({
    facts: { substitute: data.substituteId, from: data.from, to: data.to },
  }),
  DelegationRevoked: nothing,
  AgreementObserversChanged: (data) => ({ sets: { observers: data.userIds } }),
  ExportRequested: exportRequest,
  ExportStarted: (data) => ({ facts: { attempt: data.attempt } }),
  ExportCompleted: (data) => ({
    facts: only({
      rows: data.rowCount,
      file: data.files.map((file) => file.name),
      // One file: its hash is the one to compare with the file handed over.
      sha256: data.files.length === 1 ? data.files[0]?.sha256 : undefined,
    }),
  }),
  ExportFailed: (data) => ({ facts: { error: data.error } }),
  ExportCancelled: (data) => ({ facts: { reason: data.reason } }),
  ExportExpired: (data) => ({ facts: { file: data.files } }),
  ExportDownloaded: (data) => ({ facts: { file: data.file } }),
  EventLogVerificationRequested: nothing,
  EventLogVerified: (data) => ({
    facts: only({
      ok: data.ok,
      eventsChecked: data.eventsChecked,
      streamsChecked: data.streamsChecked,
      checkpointsChecked: data.checkpointsChecked,
      brokenAt: data.firstBroken?.position ?? undefined,
      problem: data.firstBroken?.reason,
    }),
  }),
  EventLogVerificationFailed: (data) => ({ facts: { error: data.error } }),
  DossierExported: (data) => ({ facts: { language: data.language } }),
};

/** Steps are stored from 0; people count from 1. */
function stepNumber(step: number | undefined): number | undefined {
  return step === undefined ? undefined : step + 1;
}

export const AUDITED_EVENT_TYPES = Object.keys(DESCRIBE) as AuditedEventType[];

export function isAuditedEventType(type: string): type is AuditedEventType {
  return Object.hasOwn(DESCRIBE, type);
}

function describe(type: string, data: unknown): EventFields {
  if (!isAuditedEventType(type) || typeof data !== 'object' || data === null) return {};
  // The table is keyed by type, so the payload matches its row; TypeScript cannot see
  // through the lookup by a runtime key, hence the one widening here.
  const row = DESCRIBE[type] as (payload: unknown) => EventFields;
  try {
    return row(data);
  } catch (error) {
    // A stored payload of an older shape than its row expects (a member missing): the
    // audit log still shows the event and its raw payload, only without phrased changes.
    if (error instanceof TypeError) return {};
    throw error;
  }
}

/**
 * Flattens plain objects to dotted fields (`title.vi`, `renewalRule.months`); arrays and
 * scalars stay whole values.
 */
function flatten(field: string, value: unknown, into: Record<string, unknown>): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const entries = Object.entries(value);
    for (const [key, nested] of entries) flatten(`${field}.${key}`, nested, into);
    return;
  }
  into[field] = value;
}

function flattenAll(values: Record<string, unknown> | undefined): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values ?? {})) flatten(field, value, flat);
  return flat;
}

/** The prior keys a whole-value replacement of `field` can remove (`title` → `title.ru`). */
function ownKeys(state: FieldState, field: string): string[] {
  return Object.keys(state).filter((key) => key === field || key.startsWith(`${field}.`));
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The dotted fields an event sets, with every prior part of a replaced value cleared. */
function setFields(
  sets: Record<string, unknown> | undefined,
  before: FieldState,
): Record<string, unknown> {
  const next: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(sets ?? {})) {
    for (const key of ownKeys(before, field)) next[key] = null;
    flatten(field, value, next);
  }
  return next;
}

/** Whether the changes of events of this type depend on the stream's earlier events. */
export function needsPriorState(type: string, data: unknown): boolean {
  return describe(type, data).sets !== undefined;
}

/**
 * The field-level changes of one event, given its stream's fields before it (from
 * `foldFieldState` over the earlier events; an empty state gives `to` only).
 */
export function eventChanges(type: string, data: unknown, before: FieldState): FieldChange[] {
  const { sets, facts } = describe(type, data);
  const changes: FieldChange[] = [];
  for (const [field, to] of Object.entries(setFields(sets, before))) {
    const from = before[field];
    if (same(from ?? null, to ?? null)) continue;
    changes.push(from === undefined || from === null ? { field, to } : { field, from, to });
  }
  for (const [field, to] of Object.entries(flattenAll(facts))) {
    if (to === undefined || to === null || to === '') continue;
    changes.push({ field, to });
  }
  return changes;
}

/** The stream's fields after the event: the fold `eventChanges` compares against. */
export function foldFieldState(before: FieldState, type: string, data: unknown): FieldState {
  const { sets } = describe(type, data);
  if (sets === undefined) return before;
  const merged = Object.entries({ ...before, ...setFields(sets, before) });
  return Object.fromEntries(merged.filter(([, value]) => value !== null));
}
