import { z } from 'zod';
import type { Actor } from '../auth/roles.js';
import { localizedTextSchema } from '../shared/localized-text.js';
import { createDraftAgreementSchema, partySchema } from './agreement.schemas.js';
import type { CreateDraftAgreementInput } from './agreement.schemas.js';
import { AGREEMENT_TYPES } from './agreement.status.js';
import type { ApprovalContext } from '../approvals/approval-context.js';
import { RETURN_INTENTS } from '../approvals/return-intent.js';
import { editParticularsShape } from './particulars/agreement-particulars.js';
import { addAttachmentSchema, signAgreementSchema } from './signing/signing.schemas.js';
import {
  editAgreementTextSchema,
  finaliseTextSchema,
  openNegotiationRoundSchema,
  reviewClauseSchema,
} from './text/text.commands.js';
import { proposeAmendmentSchema } from './amendments/amendment.model.js';

/**
 * What a user asks of an agreement, imperative, one union. The payload schemas below are
 * what the api accepts over HTTP and what the web's forms validate with; the agreement id
 * is not part of a payload because the api takes it from the URL (or makes it, on create).
 */

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/** A reason or comment someone must give: blank text would leave the history unexplained. */
export const requiredText = z
  .string()
  .max(2000, { message: 'must be at most 2000 characters' })
  .refine((text) => text.trim().length > 0, { message: 'is required and must not be blank' });

/** An optional remark; null and absent mean the same, so forms can send either. */
export const optionalText = z
  .string()
  .max(2000, { message: 'must be at most 2000 characters' })
  .nullable()
  .optional();

const noPayload = z.strictObject({});

/** Every field may change, but at least one must; null clears an optional field. */
export const editAgreementDetailsSchema = z
  .strictObject({
    title: localizedTextSchema.optional(),
    type: z.enum(AGREEMENT_TYPES).nullable().optional(),
    summary: localizedTextSchema.nullable().optional(),
    ourOrganisation: z
      .string()
      .min(1, { message: 'must not be empty' })
      .max(300)
      .nullable()
      .optional(),
    partners: z.array(partySchema).max(20, { message: 'must list at most 20 partners' }).optional(),
    startsOn: isoDate.nullable().optional(),
    endsOn: isoDate.nullable().optional(),
    ...editParticularsShape,
  })
  .refine((d) => Object.values(d).some((value) => value !== undefined), {
    message: 'must change at least one field',
  })
  .refine((d) => !d.startsOn || !d.endsOn || d.startsOn <= d.endsOn, {
    message: 'must not be before startsOn',
    path: ['endsOn'],
  });

export const approveDraftSchema = z.strictObject({ comment: optionalText });
export const returnDraftForChangesSchema = z.strictObject({
  comment: requiredText,
  intent: z.enum(RETURN_INTENTS).optional(),
});
export const clearToSignSchema = z.strictObject({ comment: optionalText });
export const refuseClearanceSchema = z.strictObject({
  comment: requiredText,
  intent: z.enum(RETURN_INTENTS).optional(),
});
/** An approver's yes to a review decision proposed under the `review` policy. */
export const approveReviewDecisionSchema = z.strictObject({ comment: optionalText });
/** An approver's no: the review goes back to undecided, and a new proposal may be made. */
export const rejectReviewDecisionSchema = z.strictObject({
  comment: requiredText,
  intent: z.enum(RETURN_INTENTS).optional(),
});
export const suspendAgreementSchema = z.strictObject({ reason: requiredText });
export const startReviewSchema = z.strictObject({
  dueOn: isoDate.nullable().optional(),
  /** The manager to assign the review to; by default the drafter or a manager (review-assignee.ts). */
  assignee: z.string().trim().min(1, { message: 'must name a user' }).optional(),
});
/** Extend by `months` (default: the renewal rule's or the original term) or to an explicit `endsOn`. */
export const renewAgreementSchema = z
  .strictObject({
    months: z
      .number()
      .int({ message: 'must be a whole number of months' })
      .min(1, { message: 'must be at least 1' })
      .max(600, { message: 'must be at most 600' })
      .optional(),
    endsOn: isoDate.optional(),
    comment: optionalText,
  })
  .refine((d) => d.months === undefined || d.endsOn === undefined, {
    message: 'give either months or endsOn, not both',
    path: ['endsOn'],
  });
export const letExpireSchema = z.strictObject({ comment: optionalText });
export const terminateAgreementSchema = z.strictObject({
  reason: requiredText,
  terminatedOn: isoDate,
});
export const withdrawAgreementSchema = z.strictObject({ reason: requiredText });

type NoPayload = z.infer<typeof noPayload>;
type Command<T extends string, D> = { type: T; data: D };

export type EditAgreementDetailsInput = z.infer<typeof editAgreementDetailsSchema>;

export type CreateDraftAgreement = Command<
  'CreateDraftAgreement',
  { agreementId: string } & CreateDraftAgreementInput
>;
export type EditAgreementDetails = Command<'EditAgreementDetails', EditAgreementDetailsInput>;
export type SubmitForApproval = Command<'SubmitForApproval', NoPayload>;
export type ApproveDraft = Command<'ApproveDraft', z.infer<typeof approveDraftSchema>>;
export type ReturnDraftForChanges = Command<
  'ReturnDraftForChanges',
  z.infer<typeof returnDraftForChangesSchema>
>;
export type StartNegotiation = Command<'StartNegotiation', NoPayload>;
export type OpenNegotiationRound = Command<
  'OpenNegotiationRound',
  z.infer<typeof openNegotiationRoundSchema>
>;
export type FinaliseText = Command<'FinaliseText', z.infer<typeof finaliseTextSchema>>;
export type RequestClearanceToSign = Command<'RequestClearanceToSign', NoPayload>;
export type ClearToSign = Command<'ClearToSign', z.infer<typeof clearToSignSchema>>;
export type RefuseClearance = Command<'RefuseClearance', z.infer<typeof refuseClearanceSchema>>;
export type OpenSigning = Command<'OpenSigning', NoPayload>;
export type SignAgreement = Command<'SignAgreement', z.infer<typeof signAgreementSchema>>;
export type SuspendAgreement = Command<'SuspendAgreement', z.infer<typeof suspendAgreementSchema>>;
export type ResumeAgreement = Command<'ResumeAgreement', NoPayload>;
export type StartReview = Command<'StartReview', z.infer<typeof startReviewSchema>>;
export type RenewAgreement = Command<'RenewAgreement', z.infer<typeof renewAgreementSchema>>;
export type LetExpire = Command<'LetExpire', z.infer<typeof letExpireSchema>>;
export type ApproveReviewDecision = Command<
  'ApproveReviewDecision',
  z.infer<typeof approveReviewDecisionSchema>
>;
export type RejectReviewDecision = Command<
  'RejectReviewDecision',
  z.infer<typeof rejectReviewDecisionSchema>
>;
export type TerminateAgreement = Command<
  'TerminateAgreement',
  z.infer<typeof terminateAgreementSchema>
>;
export type WithdrawAgreement = Command<
  'WithdrawAgreement',
  z.infer<typeof withdrawAgreementSchema>
>;
export type AddAttachment = Command<'AddAttachment', z.infer<typeof addAttachmentSchema>>;

export type EditAgreementText = Command<
  'EditAgreementText',
  z.infer<typeof editAgreementTextSchema>
>;
export type ReviewClause = Command<'ReviewClause', z.infer<typeof reviewClauseSchema>>;
export type ProposeAmendment = Command<'ProposeAmendment', z.infer<typeof proposeAmendmentSchema>>;

export type AgreementCommand =
  | CreateDraftAgreement
  | EditAgreementDetails
  | SubmitForApproval
  | ApproveDraft
  | ReturnDraftForChanges
  | StartNegotiation
  | OpenNegotiationRound
  | FinaliseText
  | RequestClearanceToSign
  | ClearToSign
  | RefuseClearance
  | OpenSigning
  | SignAgreement
  | SuspendAgreement
  | ResumeAgreement
  | StartReview
  | RenewAgreement
  | LetExpire
  | ApproveReviewDecision
  | RejectReviewDecision
  | TerminateAgreement
  | WithdrawAgreement
  | AddAttachment
  | EditAgreementText
  | ReviewClause
  | ProposeAmendment;

export type AgreementCommandType = AgreementCommand['type'];

/**
 * The HTTP payload schema of every command, keyed by command type. `satisfies` makes a
 * command without a schema (or a schema without a command) a compile error.
 */
export const agreementCommandSchemas = {
  CreateDraftAgreement: createDraftAgreementSchema,
  EditAgreementDetails: editAgreementDetailsSchema,
  SubmitForApproval: noPayload,
  ApproveDraft: approveDraftSchema,
  ReturnDraftForChanges: returnDraftForChangesSchema,
  StartNegotiation: noPayload,
  OpenNegotiationRound: openNegotiationRoundSchema,
  FinaliseText: finaliseTextSchema,
  RequestClearanceToSign: noPayload,
  ClearToSign: clearToSignSchema,
  RefuseClearance: refuseClearanceSchema,
  OpenSigning: noPayload,
  SignAgreement: signAgreementSchema,
  SuspendAgreement: suspendAgreementSchema,
  ResumeAgreement: noPayload,
  StartReview: startReviewSchema,
  RenewAgreement: renewAgreementSchema,
  LetExpire: letExpireSchema,
  ApproveReviewDecision: approveReviewDecisionSchema,
  RejectReviewDecision: rejectReviewDecisionSchema,
  TerminateAgreement: terminateAgreementSchema,
  WithdrawAgreement: withdrawAgreementSchema,
  AddAttachment: addAttachmentSchema,
  EditAgreementText: editAgreementTextSchema,
  ReviewClause: reviewClauseSchema,
  ProposeAmendment: proposeAmendmentSchema,
} as const satisfies Record<AgreementCommandType, z.ZodType>;

/** The HTTP payload of a command, as its schema parses it (no agreement id). */
export type AgreementCommandPayload<T extends AgreementCommandType> = z.infer<
  (typeof agreementCommandSchemas)[T]
>;

/** Every command type, in lifecycle order. */
export const AGREEMENT_COMMAND_TYPES = Object.keys(
  agreementCommandSchemas,
) as AgreementCommandType[];

/** For routes that take the command type from the URL. */
export function isAgreementCommandType(value: string): value is AgreementCommandType {
  return Object.hasOwn(agreementCommandSchemas, value);
}

/**
 * Validates an HTTP payload with its command's schema and builds the command. Throws the
 * ZodError on an invalid payload, so the api can turn its issues into field errors. The
 * agreement id only goes into the payload of CreateDraftAgreement; other commands name the
 * agreement by the stream they are decided against.
 */
export function parseAgreementCommand(
  type: AgreementCommandType,
  payload: unknown,
  agreementId: string,
): AgreementCommand {
  if (type === 'CreateDraftAgreement') {
    return { type, data: { agreementId, ...createDraftAgreementSchema.parse(payload) } };
  }
  // Each schema parses exactly the data of its own command type, which the map guarantees.
  return { type, data: agreementCommandSchemas[type].parse(payload) } as AgreementCommand;
}

/** Who asks and when; the api fills it in, so decide never reads a clock or a session. */
export interface CommandMetadata {
  actor: Actor;
  /** ISO 8601 timestamp of the request. */
  now: string;
  /** Policies, delegations and observers for approval commands; the defaults when absent. */
  approvals?: ApprovalContext;
  /** The ids of the managers now, for assigning a review; StartReview needs them. */
  managers?: readonly string[];
}
