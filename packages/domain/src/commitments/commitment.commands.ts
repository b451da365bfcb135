import { z } from 'zod';
import type { Actor } from '../auth/roles.js';
import {
  commitmentDetailsShape,
  commitmentScheduleInputSchema,
  evidenceFileSchema,
} from './commitment.model.js';
import type { ObligedParty } from './commitment.model.js';
import type { AgreementStatus } from '../agreements/agreement.status.js';
import { optionalText, requiredText } from '../agreements/agreement.commands.js';

/**
 * What a user asks of a commitment, imperative, one union. The schemas are what the api
 * accepts over HTTP and the web's forms validate with.
 */

const periodKey = z.iso.date({ message: 'must be the occurrence date as YYYY-MM-DD' });

const { title, kind, owedBy, partner, clause, ownerId, quantity, notes } = commitmentDetailsShape;

export const planCommitmentSchema = z.strictObject({
  title,
  kind,
  owedBy,
  partner: partner.optional(),
  clause: clause.optional(),
  ownerId,
  quantity: quantity.optional(),
  schedule: commitmentScheduleInputSchema,
  notes: notes.optional(),
});
export type PlanCommitmentInput = z.infer<typeof planCommitmentSchema>;

export const editCommitmentSchema = planCommitmentSchema
  .partial()
  .refine((edit) => Object.values(edit).some((value) => value !== undefined), {
    message: 'must change at least one field',
  });
export type EditCommitmentInput = z.infer<typeof editCommitmentSchema>;

export const startOccurrenceSchema = z.strictObject({ periodKey, note: optionalText });
export const fulfilOccurrenceSchema = z.strictObject({ periodKey, note: optionalText });
export const recordPartialFulfilmentSchema = z.strictObject({
  periodKey,
  quantityDone: z.number().int({ message: 'must be a whole number' }).min(1, {
    message: 'must be at least 1',
  }),
  note: optionalText,
});
export const markOccurrenceMissedSchema = z.strictObject({ periodKey, reason: optionalText });
export const waiveOccurrenceSchema = z.strictObject({ periodKey, reason: requiredText });
export const addEvidenceSchema = z
  .strictObject({ periodKey, note: optionalText, file: evidenceFileSchema.nullable().optional() })
  .refine((e) => (e.note ?? '').trim() !== '' || (e.file ?? null) !== null, {
    message: 'needs a note or a file',
    path: ['note'],
  });
export const cancelCommitmentSchema = z.strictObject({ reason: requiredText });

type Command<T extends string, D> = { type: T; data: D };

export type PlanCommitment = Command<
  'PlanCommitment',
  { commitmentId: string; agreementId: string } & PlanCommitmentInput
>;
export type EditCommitment = Command<'EditCommitment', EditCommitmentInput>;
export type StartOccurrence = Command<'StartOccurrence', z.infer<typeof startOccurrenceSchema>>;
export type FulfilOccurrence = Command<'FulfilOccurrence', z.infer<typeof fulfilOccurrenceSchema>>;
export type RecordPartialFulfilment = Command<
  'RecordPartialFulfilment',
  z.infer<typeof recordPartialFulfilmentSchema>
>;
export type MarkOccurrenceMissed = Command<
  'MarkOccurrenceMissed',
  z.infer<typeof markOccurrenceMissedSchema>
>;
export type WaiveOccurrence = Command<'WaiveOccurrence', z.infer<typeof waiveOccurrenceSchema>>;
/** The api makes `evidenceId` (and stores the file's bytes) before deciding. */
export type AddEvidence = Command<
  'AddEvidence',
  z.infer<typeof addEvidenceSchema> & { evidenceId: string }
>;
export type CancelCommitment = Command<'CancelCommitment', z.infer<typeof cancelCommitmentSchema>>;

export type CommitmentCommand =
  | PlanCommitment
  | EditCommitment
  | StartOccurrence
  | FulfilOccurrence
  | RecordPartialFulfilment
  | MarkOccurrenceMissed
  | WaiveOccurrence
  | AddEvidence
  | CancelCommitment;

export type CommitmentCommandType = CommitmentCommand['type'];

/**
 * The route names of `POST /api/commitments/{id}/{command}` and the command each runs.
 * Planning has its own route (`POST /api/agreements/{id}/commitments`), and evidence with a
 * file goes through the multipart `POST /api/commitments/{id}/evidence`.
 */
export const COMMITMENT_ACTIONS = {
  edit: { command: 'EditCommitment', schema: editCommitmentSchema },
  start: { command: 'StartOccurrence', schema: startOccurrenceSchema },
  fulfil: { command: 'FulfilOccurrence', schema: fulfilOccurrenceSchema },
  'fulfil-partially': { command: 'RecordPartialFulfilment', schema: recordPartialFulfilmentSchema },
  miss: { command: 'MarkOccurrenceMissed', schema: markOccurrenceMissedSchema },
  waive: { command: 'WaiveOccurrence', schema: waiveOccurrenceSchema },
  'add-evidence': { command: 'AddEvidence', schema: addEvidenceSchema },
  cancel: { command: 'CancelCommitment', schema: cancelCommitmentSchema },
} as const satisfies Record<
  string,
  { command: Exclude<CommitmentCommandType, 'PlanCommitment'>; schema: z.ZodType }
>;
export type CommitmentAction = keyof typeof COMMITMENT_ACTIONS;
export const COMMITMENT_ACTION_NAMES = Object.keys(COMMITMENT_ACTIONS) as CommitmentAction[];

export function isCommitmentAction(value: string): value is CommitmentAction {
  return Object.hasOwn(COMMITMENT_ACTIONS, value);
}

/**
 * Validates an HTTP payload for `action` and builds its command (throws the ZodError).
 * `evidenceId` is the api's to make, for evidence with or without a file.
 */
export function parseCommitmentAction(
  action: CommitmentAction,
  payload: unknown,
  evidenceId: string,
): CommitmentCommand {
  const { command, schema } = COMMITMENT_ACTIONS[action];
  const data: unknown = schema.parse(payload);
  if (command === 'AddEvidence') {
    return { type: command, data: { ...(data as AddEvidence['data']), evidenceId } };
  }
  // Each schema parses exactly the data of its own command, which the table guarantees.
  return { type: command, data } as CommitmentCommand;
}

/** What decide must know about the agreement a commitment belongs to. */
export interface CommitmentAgreementFacts {
  id: string;
  status: AgreementStatus;
  partners: string[];
  startsOn: string | null;
  endsOn: string | null;
}

/** Who asks and when; planning and editing also see the agreement as it stands. */
export interface CommitmentCommandMetadata {
  actor: Actor;
  now: string;
  agreement?: CommitmentAgreementFacts;
}

export type { ObligedParty };
