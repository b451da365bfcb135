/**
 * Stored payload schemas, one per event type. The api validates what it reads back from the
 * event store with these. Changing the shape of a stored payload needs an upcaster in the
 * api's event store first: old rows keep their old shape forever.
 */
import { z } from 'zod';
import { localizedTextSchema } from '../shared/localized-text.js';
import type { AgreementEvent, AgreementEventType } from './agreement.events.js';
import { partySchema } from './agreement.schemas.js';
import { AGREEMENT_TYPES } from './agreement.status.js';
import {
  approvalDecisionRecordedSchema,
  approvalReturnSchema,
  approvalStartedSchema,
} from '../approvals/approval-event-schemas.js';
import { reviewDecisionProposedSchema } from './review/review-decision.js';
import { storedParticularsShape } from './particulars/agreement-particulars.js';
import {
  agreementSignedSchema,
  attachmentRefSchema,
  signatureRecordSchema,
} from './signing/signing.schemas.js';
import { agreementTextSchema, CLAUSE_REVIEW_STATUSES, TEXT_PROPOSERS } from './text/text.model.js';

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
const empty = z.strictObject({});
const comment = z.strictObject({ comment: z.string().nullable() });

const details = {
  title: localizedTextSchema,
  titleLanguages: z.array(z.string()).optional(),
  type: z.enum(AGREEMENT_TYPES).nullable(),
  summary: localizedTextSchema.nullable(),
  ourOrganisation: z.string().nullable(),
  partners: z.array(partySchema),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  ...storedParticularsShape,
};

export const agreementEventSchemas = {
  AgreementDrafted: z.strictObject({ agreementId: z.string(), createdBy: z.string(), ...details }),
  AgreementDetailsEdited: z.strictObject(details).partial(),
  AgreementSubmittedForApproval: approvalStartedSchema,
  DraftApproved: comment,
  DraftReturnedForChanges: approvalReturnSchema,
  NegotiationStarted: empty,
  // Rows from before rounds carried a text are upcast by the api's codec (text: null).
  NegotiationRoundOpened: z.strictObject({
    round: z.number().int().min(2),
    proposedBy: z.enum(TEXT_PROPOSERS),
    text: agreementTextSchema.nullable(),
  }),
  TextFinalised: z.strictObject({ textHash: z.string().min(1) }),
  ClearanceToSignRequested: approvalStartedSchema,
  ClearedToSign: comment,
  ClearanceRefused: approvalReturnSchema,
  SigningOpened: empty,
  AgreementSigned: agreementSignedSchema,
  AgreementSuspended: z.strictObject({ reason: z.string() }),
  AgreementResumed: empty,
  // Optional: events stored before reviews were assigned lack `assignee`.
  ReviewStarted: z.strictObject({
    dueOn: isoDate.nullable(),
    assignee: z.string().nullable().optional(),
  }),
  AgreementRenewed: z.strictObject({
    endsOn: isoDate,
    comment: z.string().nullable(),
    months: z.number().int().nullable().optional(),
    reviewDueOn: isoDate.nullable().optional(),
  }),
  AgreementExpired: comment,
  ReviewDecisionProposed: reviewDecisionProposedSchema,
  ReviewDecisionRejected: approvalReturnSchema,
  AgreementTerminated: z.strictObject({ reason: z.string(), terminatedOn: isoDate }),
  AgreementWithdrawn: z.strictObject({ reason: z.string() }),
  ApprovalDecisionRecorded: approvalDecisionRecordedSchema,
  SignatureRecorded: signatureRecordSchema,
  AttachmentAdded: attachmentRefSchema,
  AgreementTextEdited: z.strictObject({ text: agreementTextSchema }),
  ClauseReviewed: z.strictObject({
    clauseKey: z.string(),
    number: z.number().int().min(1),
    round: z.number().int().min(1),
    status: z.enum(CLAUSE_REVIEW_STATUSES),
    comment: z.string().nullable(),
    wording: z.record(z.string(), z.string()).nullable(),
  }),
  AmendmentProposed: z.strictObject({
    number: z.number().int().min(1),
    reason: z.string(),
    proposedBy: z.string(),
    proposedAt: z.string(),
  }),
  AmendmentTookEffect: z.strictObject({
    number: z.number().int().min(1),
    effectiveOn: isoDate,
    textHash: z.string().min(1),
  }),
  AmendmentWithdrawn: z.strictObject({
    number: z.number().int().min(1),
    reason: z.string(),
    // Optional: events stored before who and when were recorded lack them.
    withdrawnBy: z.string().optional(),
    withdrawnAt: z.string().optional(),
  }),
} as const satisfies Record<AgreementEventType, z.ZodType>;

/** For rows read back from the store, whose type column is just a string. */
export function isAgreementEventType(value: string): value is AgreementEventType {
  return Object.hasOwn(agreementEventSchemas, value);
}

/** Validates a stored payload and types it; throws the ZodError when the row is not valid. */
export function parseAgreementEvent(type: AgreementEventType, data: unknown): AgreementEvent {
  // Each schema parses exactly the data of its own event type, which the map guarantees.
  return { type, data: agreementEventSchemas[type].parse(data) } as AgreementEvent;
}
