import type { ExistingAgreementState } from './agreement.state.js';

export interface DateConflict {
  field: 'endsOn' | 'effectiveOn' | 'terminatedOn';
  message: string;
}

/**
 * The order an agreement's dates must keep, whatever command changed them. ISO dates
 * (YYYY-MM-DD) compare correctly as strings, so no Date objects (and no time zones) are needed.
 */
export function dateConflict(agreement: ExistingAgreementState): DateConflict | null {
  const { startsOn, endsOn } = agreement.details;
  if (startsOn !== null && endsOn !== null && endsOn < startsOn) {
    return { field: 'endsOn', message: `endsOn ${endsOn} is before startsOn ${startsOn}` };
  }
  if (agreement.effectiveOn !== null && endsOn !== null && endsOn < agreement.effectiveOn) {
    return {
      field: 'effectiveOn',
      message: `effectiveOn ${agreement.effectiveOn} is after endsOn ${endsOn}`,
    };
  }
  if (
    agreement.terminatedOn !== null &&
    agreement.effectiveOn !== null &&
    agreement.terminatedOn < agreement.effectiveOn
  ) {
    return {
      field: 'terminatedOn',
      message: `terminatedOn ${agreement.terminatedOn} is before effectiveOn ${agreement.effectiveOn}`,
    };
  }
  return null;
}
