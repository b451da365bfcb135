import type { ExistingAgreementState } from './agreement.state.js';

/**
 * The fields a transition can require. A requirement is checked on the agreement as it
 * would be after the transition, so a command that supplies the field itself (RenewAgreement
 * brings a new endsOn) satisfies it, and an edit cannot remove what a later step relies on.
 */
export const REQUIRED_FIELD_CHECKS = {
  title: (a: ExistingAgreementState) => Object.keys(a.details.title).length > 0,
  type: (a: ExistingAgreementState) => a.details.type !== null,
  ourOrganisation: (a: ExistingAgreementState) => (a.details.ourOrganisation ?? '').trim() !== '',
  partners: (a: ExistingAgreementState) =>
    a.details.partners.length > 0 && a.details.partners.every((p) => p.country.trim() !== ''),
  startsOn: (a: ExistingAgreementState) => a.details.startsOn !== null,
  endsOn: (a: ExistingAgreementState) => a.details.endsOn !== null,
  textHash: (a: ExistingAgreementState) => (a.textHash ?? '').trim() !== '',
  effectiveOn: (a: ExistingAgreementState) => a.effectiveOn !== null,
} as const satisfies Record<string, (agreement: ExistingAgreementState) => boolean>;

export type RequiredField = keyof typeof REQUIRED_FIELD_CHECKS;

/** Why each requirement exists, in words the docs and error messages can use. */
export const REQUIRED_FIELD_RULES: Record<RequiredField, string> = {
  title: 'a title in at least one language',
  type: 'the agreement type',
  ourOrganisation: 'our organisation',
  partners: 'at least one partner, each with a country',
  startsOn: 'a start date',
  endsOn: 'an end date',
  textHash: 'the hash of the finalised text',
  effectiveOn: 'the date it took effect',
};

/** The first requirement the agreement does not meet, or null. */
export function firstMissingField(
  required: readonly RequiredField[],
  agreement: ExistingAgreementState,
): RequiredField | null {
  return required.find((field) => !REQUIRED_FIELD_CHECKS[field](agreement)) ?? null;
}
