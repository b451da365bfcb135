import type { Actor, Role } from '../auth/roles.js';
import { AgreementErrorCode } from '../agreements/agreement-error-code.js';
import { mayRun } from '../auth/command-permissions.js';
import { AGREEMENT_TRANSITIONS } from '../agreements/transitions.js';
import { DomainError } from '../shared/domain-error.js';
import type { ApprovalContext } from './approval-context.js';
import { approveCommandOf } from './approval-policy.js';
import type { ApprovalStep } from './approval-policy.js';
import { currentStep, participants } from './approval-run.js';
import type { ApprovalRun, ApprovalStepProgress } from './approval-run.js';
import { delegationCovers } from './delegation.js';

/** In whose name the actor may decide the current step: their own (null) or a delegator's. */
export interface DecisionCapacity {
  step: ApprovalStepProgress;
  onBehalfOf: string | null;
}

/**
 * Whether a user holding `role` is one of the step's approvers. Admins stand in for any
 * role (as the permission table lets them run every command), but a step naming users is
 * for those users only.
 */
export function isStepApprover(step: ApprovalStep, userId: string, role: Role): boolean {
  if (step.approvers.kind === 'users') return step.approvers.userIds.includes(userId);
  return role === step.approvers.role || role === 'admin';
}

/**
 * Who the actor decides for on the run's current step, or the refusal. Each person takes
 * part once per approval, so two steps always mean two different people; an observer
 * follows the agreement and never decides; `forbiddenFor` (the drafter, for a draft) may
 * not decide nor have a substitute decide for them.
 */
export function decisionCapacity(
  run: ApprovalRun,
  actor: Actor,
  context: ApprovalContext,
  now: string,
  forbiddenFor: string | null,
): DecisionCapacity {
  const step = currentStep(run);
  if (step === null) {
    throw new DomainError(AgreementErrorCode.TransitionNotAllowed, 'The approval is complete');
  }
  if (context.observers.includes(actor.userId)) {
    throw new DomainError(
      AgreementErrorCode.ObserverCannotAct,
      'Observers follow the agreement but do not decide on it',
    );
  }
  const taken = participants(run);
  if (taken.has(actor.userId)) {
    throw new DomainError(
      AgreementErrorCode.AlreadyDecided,
      'You have already decided in this approval; another approver must take the next decision',
    );
  }
  if (isStepApprover(step.step, actor.userId, actor.role) && !step.counted.includes(actor.userId)) {
    return { step, onBehalfOf: null };
  }
  const delegation = context.delegations.find(
    (candidate) =>
      candidate.substituteId === actor.userId &&
      delegationCovers(candidate, now) &&
      candidate.delegatorId !== forbiddenFor &&
      !taken.has(candidate.delegatorId) &&
      !context.observers.includes(candidate.delegatorId) &&
      isStepApprover(step.step, candidate.delegatorId, candidate.delegatorRole),
  );
  if (delegation !== undefined) return { step, onBehalfOf: delegation.delegatorId };
  throw new DomainError(
    AgreementErrorCode.NotAnApprover,
    `You are not an approver of step ${step.index + 1}, nor anyone's substitute for it today`,
  );
}

/**
 * Whether `actor` may approve the current step of `run` now, and for whom; null when any
 * rule refuses them (role table, four eyes, observers, substitutes). The inbox and the
 * agreement page ask this so they offer exactly what decide would accept.
 */
export function capacityToApprove(
  run: ApprovalRun,
  actor: Actor,
  context: ApprovalContext,
  now: string,
  createdBy: string,
): DecisionCapacity | null {
  if (run.outcome !== null) return null;
  const command = approveCommandOf(run.purpose);
  if (!mayRun(actor.role, command)) return null;
  const forbidsCreator = AGREEMENT_TRANSITIONS.some(
    (row) => row.command === command && row.forbidsCreator,
  );
  // A review decision's author is its proposer, not the agreement's drafter.
  const author = run.proposal?.proposedBy ?? createdBy;
  if (forbidsCreator && actor.userId === author) return null;
  try {
    return decisionCapacity(run, actor, context, now, forbidsCreator ? author : null);
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}
