import { z } from 'zod';

/**
 * The particulars of an agreement beyond its title and parties: who answers for it on our
 * side, when it takes effect, how long it runs, how it renews and when to review it.
 *
 * These fields were added after the first events were stored. Stored events that lack them
 * stay valid (every field is optional in the event payloads) and evolve fills in
 * DEFAULT_PARTICULARS, so an old agreement folds as "effective on the last signature,
 * renewed by decision, reviewed 90 days before expiry, no term set".
 */

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/** The person who signs for a party, as the signature block names them. */
export const signatorySchema = z.strictObject({
  name: z
    .string()
    .min(1, { message: 'is required' })
    .max(200, { message: 'must be at most 200 characters' }),
  title: z
    .string()
    .min(1, { message: 'is required' })
    .max(200, { message: 'must be at most 200 characters' }),
});
export type Signatory = z.infer<typeof signatorySchema>;

export const EFFECTIVE_DATE_RULE_KINDS = ['on_last_signature', 'fixed'] as const;
export const effectiveDateRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('on_last_signature') }),
  z.strictObject({ kind: z.literal('fixed'), date: isoDate }),
]);
export type EffectiveDateRule = z.infer<typeof effectiveDateRuleSchema>;

export const RENEWAL_RULE_KINDS = ['none', 'automatic', 'by_decision'] as const;
export const renewalRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  /** Renews itself for `months` unless a party gives notice `noticeDays` before expiry. */
  z.strictObject({
    kind: z.literal('automatic'),
    months: z.number().int().min(1, { message: 'must be at least 1' }).max(600),
    noticeDays: z.number().int().min(0).max(3650),
  }),
  z.strictObject({ kind: z.literal('by_decision') }),
]);
export type RenewalRule = z.infer<typeof renewalRuleSchema>;

export const DEFAULT_REVIEW_LEAD_DAYS = 90;

const termMonths = z
  .number()
  .int({ message: 'must be a whole number of months' })
  .min(1, { message: 'must be at least 1' })
  .max(600, { message: 'must be at most 600' });
const reviewLeadDays = z
  .number()
  .int({ message: 'must be a whole number of days' })
  .min(0, { message: 'must not be negative' })
  .max(3650, { message: 'must be at most 3650' });
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "VN"' });
const responsibleUnit = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(300, { message: 'must be at most 300 characters' });

export interface AgreementParticulars {
  /** The unit on our side that answers for the agreement. */
  responsibleUnit: string | null;
  /** Our organisation's country; the organisation's name is `ourOrganisation`. */
  ourCountry: string | null;
  ourSignatory: Signatory | null;
  effectiveDateRule: EffectiveDateRule;
  termMonths: number | null;
  renewalRule: RenewalRule;
  reviewLeadDays: number;
}

export const DEFAULT_PARTICULARS: AgreementParticulars = {
  responsibleUnit: null,
  ourCountry: null,
  ourSignatory: null,
  effectiveDateRule: { kind: 'on_last_signature' },
  termMonths: null,
  renewalRule: { kind: 'by_decision' },
  reviewLeadDays: DEFAULT_REVIEW_LEAD_DAYS,
};

/** What a create-draft request may say about the particulars; all optional. */
export const createParticularsShape = {
  responsibleUnit: responsibleUnit.optional(),
  ourCountry: countryCode.optional(),
  ourSignatory: signatorySchema.optional(),
  effectiveDateRule: effectiveDateRuleSchema.optional(),
  termMonths: termMonths.optional(),
  renewalRule: renewalRuleSchema.optional(),
  reviewLeadDays: reviewLeadDays.optional(),
};

/** What an edit may change; null clears an optional field. */
export const editParticularsShape = {
  responsibleUnit: responsibleUnit.nullable().optional(),
  ourCountry: countryCode.nullable().optional(),
  ourSignatory: signatorySchema.nullable().optional(),
  effectiveDateRule: effectiveDateRuleSchema.optional(),
  termMonths: termMonths.nullable().optional(),
  renewalRule: renewalRuleSchema.optional(),
  reviewLeadDays: reviewLeadDays.optional(),
};

/** The stored shape: optional, because events written before these fields lack them. */
export const storedParticularsShape = {
  responsibleUnit: z.string().nullable().optional(),
  ourCountry: z.string().nullable().optional(),
  ourSignatory: signatorySchema.nullable().optional(),
  effectiveDateRule: effectiveDateRuleSchema.optional(),
  termMonths: z.number().int().nullable().optional(),
  renewalRule: renewalRuleSchema.optional(),
  reviewLeadDays: z.number().int().optional(),
};

type ParticularsInput = { [K in keyof AgreementParticulars]?: AgreementParticulars[K] | undefined };

/** The particulars with every field the input leaves out at its default. */
export function withDefaultParticulars<T extends ParticularsInput>(
  input: T,
): T & AgreementParticulars {
  const filled: Record<string, unknown> = { ...DEFAULT_PARTICULARS };
  for (const [key, value] of Object.entries(input)) if (value !== undefined) filled[key] = value;
  return filled as unknown as T & AgreementParticulars;
}

/** Only the particulars of a create-draft input, defaults filled in, for the drafted event. */
export function particularsOf(input: ParticularsInput): AgreementParticulars {
  const filled = withDefaultParticulars(input);
  return {
    responsibleUnit: filled.responsibleUnit,
    ourCountry: filled.ourCountry,
    ourSignatory: filled.ourSignatory,
    effectiveDateRule: filled.effectiveDateRule,
    termMonths: filled.termMonths,
    renewalRule: filled.renewalRule,
    reviewLeadDays: filled.reviewLeadDays,
  };
}
