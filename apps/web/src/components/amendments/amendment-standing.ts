import type { AgreementStatus } from '@concordat/domain';

/** The amendment running on an agreement: its number and where it stands. */
export interface AmendmentStage {
  number: number;
  status: AgreementStatus;
  step: string;
}

/** How the agreement stands in law, and the amendment running on it, if any. */
export interface AgreementStanding {
  status: AgreementStatus;
  step: string;
  amendment: AmendmentStage | null;
}

/**
 * While an amendment runs, the api's `status`/`step` are the amendment's (so its actions
 * and lifecycle rows work unchanged), but the agreement itself stays active and in force
 * (docs/amendments.md). The page says so, and shows the amendment's stage beside it.
 */
export function standingOf(agreement: {
  status: AgreementStatus;
  step: string;
  /** Absent in views from an api older than the field. */
  amendmentInProgress?: number | null;
}): AgreementStanding {
  const number = agreement.amendmentInProgress ?? null;
  if (number === null) return { status: agreement.status, step: agreement.step, amendment: null };
  return {
    status: 'active',
    step: 'in_force',
    amendment: { number, status: agreement.status, step: agreement.step },
  };
}
