import { z } from 'zod';
import { localizedTextSchema } from '../shared/localized-text.js';
import type { LocalizedText } from '../shared/localized-text.js';
import { rruleProblem } from './recurrence.js';

export const COMMITMENT_KINDS = [
  'delegation_exchange',
  'training',
  'scholarship',
  'event',
  'seminar',
  'report',
  'payment',
  'other',
] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** Who owes the commitment: our side, one partner of the agreement, or both sides together. */
export const OBLIGED_PARTIES = ['us', 'partner', 'both'] as const;
export type ObligedParty = (typeof OBLIGED_PARTIES)[number];

/**
 * What is stored per occurrence. `overdue` is not among them: it depends on the day you
 * look, so it is derived (isOverdue) and never written down to go stale.
 */
export const OCCURRENCE_STATUSES = [
  'planned',
  'in_progress',
  'fulfilled',
  'partially_fulfilled',
  'missed',
  'waived',
] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

export const rruleSchema = z
  .string()
  .max(500, { message: 'must be at most 500 characters' })
  .superRefine((text, context) => {
    const problem = rruleProblem(text);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  });

/**
 * One due date, or a recurrence: an RFC 5545 RRULE (without DTSTART/UNTIL) from `startsOn`
 * to `endsOn`. The api fills missing bounds from the agreement's term when it plans one.
 */
export const commitmentScheduleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('once'), dueOn: isoDate }),
  z
    .strictObject({
      kind: z.literal('recurring'),
      rrule: rruleSchema,
      startsOn: isoDate,
      endsOn: isoDate.nullable(),
    })
    .refine((s) => s.endsOn === null || s.startsOn <= s.endsOn, {
      message: 'must not be before startsOn',
      path: ['endsOn'],
    }),
]);
export type CommitmentSchedule = z.infer<typeof commitmentScheduleSchema>;

/** A schedule as a form sends it: a recurrence may leave its bounds to the agreement's term. */
export const commitmentScheduleInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('once'), dueOn: isoDate }),
  z.strictObject({
    kind: z.literal('recurring'),
    rrule: rruleSchema,
    startsOn: isoDate.nullable().optional(),
    endsOn: isoDate.nullable().optional(),
  }),
]);
export type CommitmentScheduleInput = z.infer<typeof commitmentScheduleInputSchema>;

export const commitmentQuantitySchema = z.strictObject({
  amount: z
    .number()
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(100000),
  unit: z
    .string()
    .max(100, { message: 'must be at most 100 characters' })
    .refine((text) => text.trim().length > 0, { message: 'must not be blank' }),
});
export type CommitmentQuantity = z.infer<typeof commitmentQuantitySchema>;

/** A file kept as evidence: the bytes live in the api, the log keeps what identifies them. */
export const evidenceFileSchema = z.strictObject({
  fileId: z.string().min(1),
  name: z.string().min(1).max(300),
  mediaType: z.string().min(1).max(200),
  size: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a hex SHA-256' }),
});
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

/** What a commitment says, as planned and edited. */
export interface CommitmentDetails {
  title: LocalizedText;
  kind: CommitmentKind;
  owedBy: ObligedParty;
  /** The partner's name as in the agreement's parties, when one partner owes it. */
  partner: string | null;
  /** The clause of the agreement it comes from, by number; null when not tied to one. */
  clause: number | null;
  /** Our user responsible for it. */
  ownerId: string;
  quantity: CommitmentQuantity | null;
  schedule: CommitmentSchedule;
  notes: LocalizedText | null;
}

export const commitmentDetailsShape = {
  title: localizedTextSchema,
  kind: z.enum(COMMITMENT_KINDS),
  owedBy: z.enum(OBLIGED_PARTIES),
  partner: z.string().min(1).max(300).nullable(),
  clause: z.number().int().min(1).nullable(),
  ownerId: z.string().min(1),
  quantity: commitmentQuantitySchema.nullable(),
  notes: localizedTextSchema.nullable(),
};
