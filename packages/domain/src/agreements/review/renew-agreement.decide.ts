import { DomainError } from '../../shared/domain-error.js';
import type { AgreementEvent } from '../agreement.events.js';
import type { ExistingAgreementState } from '../agreement.state.js';
import type { ReviewDecision } from './review-decision.js';
import { AgreementErrorCode } from '../agreement-error-code.js';
import { addMonths } from '../particulars/calendar.js';
import { reviewDueFor } from '../signing/sign-agreement.decide.js';

export interface RenewalInput {
  /** An explicit new expiry; otherwise the term is extended by `months`. */
  endsOn?: string | undefined;
  /** Months to extend by; defaults to the automatic renewal term, else the original term. */
  months?: number | undefined;
  comment?: string | null | undefined;
}

/**
 * A review decides to renew: the term runs on from the current expiry, by the months asked
 * for, the renewal rule's or the original term's, and the next review falls due the lead
 * time before the new expiry.
 */
export function decideRenewal(
  state: ExistingAgreementState,
  input: RenewalInput,
): Extract<AgreementEvent, { type: 'AgreementRenewed' }> {
  const current = state.details.endsOn;
  const { renewalRule, termMonths, reviewLeadDays } = state.details;
  let endsOn = input.endsOn ?? null;
  let months: number | null = null;
  if (endsOn === null) {
    months =
      input.months ?? (renewalRule.kind === 'automatic' ? renewalRule.months : null) ?? termMonths;
    if (months === null) {
      throw new DomainError(
        AgreementErrorCode.RequiredFieldMissing,
        'Renewing needs the months to extend by, or a new endsOn: the agreement has no term',
        'months',
      );
    }
    if (current === null) {
      throw new DomainError(
        AgreementErrorCode.RequiredFieldMissing,
        'Renewing by months needs the current expiry; give a new endsOn instead',
        'endsOn',
      );
    }
    endsOn = addMonths(current, months);
  }
  // A renewal that does not extend the term would silently shorten or repeat it.
  if (current !== null && endsOn <= current) {
    throw new DomainError(
      AgreementErrorCode.InvalidDates,
      `The new endsOn ${endsOn} must be after the current one, ${current}`,
      'endsOn',
    );
  }
  return {
    type: 'AgreementRenewed',
    data: {
      endsOn,
      comment: input.comment ?? null,
      months,
      reviewDueOn: reviewDueFor(endsOn, reviewLeadDays),
    },
  };
}

/** The renewal as a review decision to propose (events stored before it lack months). */
export function renewal(
  renewed: Extract<AgreementEvent, { type: 'AgreementRenewed' }>,
): ReviewDecision {
  const { endsOn, comment, months, reviewDueOn } = renewed.data;
  return {
    decision: 'renew',
    endsOn,
    comment,
    months: months ?? null,
    reviewDueOn: reviewDueOn ?? null,
  };
}
