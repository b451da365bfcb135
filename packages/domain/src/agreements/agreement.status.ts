/** The main states of an agreement's life; the last three are terminal. */
export const AGREEMENT_STATUSES = [
  'draft',
  'negotiation',
  'signing',
  'active',
  'review',
  'expired',
  'terminated',
  'withdrawn',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const TERMINAL_STATUSES = [
  'expired',
  'terminated',
  'withdrawn',
] as const satisfies readonly AgreementStatus[];

/** The sub-steps inside each main state. A terminal state has the single step `closed`. */
export const AGREEMENT_STEPS = {
  draft: ['editing', 'awaiting_approval', 'approved'],
  negotiation: ['in_round', 'text_final', 'awaiting_clearance', 'cleared_to_sign'],
  signing: ['collecting_signatures'],
  active: ['in_force', 'suspended'],
  review: ['under_review', 'awaiting_decision'],
  expired: ['closed'],
  terminated: ['closed'],
  withdrawn: ['closed'],
} as const satisfies Record<AgreementStatus, readonly string[]>;

export type AgreementStep<S extends AgreementStatus = AgreementStatus> =
  (typeof AGREEMENT_STEPS)[S][number];

export const AGREEMENT_TYPES = ['mou', 'cooperation_agreement', 'programme', 'amendment'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];
