import { AGREEMENT_STATUSES, AGREEMENT_STEPS } from './agreement.status.js';
import type { AgreementStatus, AgreementStep } from './agreement.status.js';

/** Where an existing agreement stands: a main status and one of its own sub-steps. */
export type AgreementPosition = {
  [S in AgreementStatus]: { status: S; step: AgreementStep<S> };
}[AgreementStatus];

/** Before the first event there is no agreement; only a draft can be created from here. */
export interface NoAgreementPosition {
  status: 'none';
}
export const NO_AGREEMENT: NoAgreementPosition = { status: 'none' };

/** Every place in the lifecycle a command can start from. */
export type LifecyclePosition = NoAgreementPosition | AgreementPosition;

/** Every (status, step) pair, in lifecycle order; generated so a new step is never missed. */
export const AGREEMENT_POSITIONS: readonly AgreementPosition[] = AGREEMENT_STATUSES.flatMap(
  (status) =>
    (AGREEMENT_STEPS[status] as readonly string[]).map(
      (step) => ({ status, step }) as AgreementPosition,
    ),
);

export const LIFECYCLE_POSITIONS: readonly LifecyclePosition[] = [
  NO_AGREEMENT,
  ...AGREEMENT_POSITIONS,
];

export function samePosition(a: LifecyclePosition, b: LifecyclePosition): boolean {
  if (a.status === 'none' || b.status === 'none') return a.status === b.status;
  return a.status === b.status && a.step === b.step;
}

/** "draft.editing", or "none": a readable key for logs, docs and test names. */
export function positionKey(position: LifecyclePosition): string {
  return position.status === 'none' ? 'none' : `${position.status}.${position.step}`;
}

/** Narrows a state or any object carrying status/step to its bare position. */
export function positionOf(state: LifecyclePosition): LifecyclePosition {
  return state.status === 'none'
    ? NO_AGREEMENT
    : ({ status: state.status, step: state.step } as AgreementPosition);
}
