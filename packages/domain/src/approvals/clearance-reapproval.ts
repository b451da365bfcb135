import { mayRun } from '../auth/command-permissions.js';
import type { ExistingAgreementState } from '../agreements/agreement.state.js';
import { textHash } from '../agreements/text/text.canonical.js';
import { changedClauses } from '../agreements/text/text.changes.js';
import { EMPTY_TEXT } from '../agreements/text/text.model.js';
import type { AgreementText } from '../agreements/text/text.model.js';
import type { ApprovalContext } from './approval-context.js';
import { isStepApprover } from './approval-eligibility.js';
import { approveCommandOf, reapprovalOf } from './approval-policy.js';
import type { ApprovalPolicy } from './approval-policy.js';
import { countsFor } from './approval-run.js';
import type { ApprovalDecision, ApprovalRun } from './approval-run.js';

/** What a clearance request records about the refused run before it. */
export interface ClearanceReapproval {
  comparedWithRound: number;
  changedClauses: string[];
  carried: ApprovalDecision[];
}

/**
 * Clearance to sign asked again after a refusal, under a policy that says
 * `changed-clauses`: compares the text frozen for the refused run with the one frozen now.
 * When no clause changed (and the texts hash alike: a pure reordering or a change of the
 * authentic languages resets too), the refused run's approvals carry over, each only if
 * its step still exists and the approver it counted for may still decide that step. When
 * some changed, nothing carries and the approvers are told which. Null when the policy
 * says `all` or no refused clearance came before: the run starts from zero.
 */
export function clearanceReapproval(
  state: ExistingAgreementState,
  policy: ApprovalPolicy,
  context: ApprovalContext,
): ClearanceReapproval | null {
  const earlier = refusedClearance(state);
  if (earlier === null || reapprovalOf(policy) !== 'changed-clauses') return null;
  const before = frozenText(state, earlier.round);
  const after = frozenText(state, state.round);
  const unchanged = textHash(before) === textHash(after);
  return {
    comparedWithRound: earlier.round,
    changedClauses: unchanged ? [] : changedClauses(before, after),
    carried: unchanged ? carriedDecisions(earlier.run, policy, context) : [],
  };
}

/** The agreement's last approval, if it was a clearance that ended sent back. */
function refusedClearance(
  state: ExistingAgreementState,
): { run: ApprovalRun; round: number } | null {
  const run = state.approval;
  if (run?.purpose !== 'clearance' || run.outcome === null || run.outcome === 'approved') {
    return null;
  }
  // Runs recorded before clearance noted its round froze the round negotiated then; evolve
  // fills it in, so it is only missing from runs built outside the fold.
  return run.round === undefined ? null : { run, round: run.round };
}

function carriedDecisions(
  earlier: ApprovalRun,
  policy: ApprovalPolicy,
  context: ApprovalContext,
): ApprovalDecision[] {
  return earlier.decisions
    .filter((decision) => {
      const step = policy.steps[decision.step];
      const approver = countsFor(decision);
      const role = context.roles?.[approver];
      return (
        step !== undefined &&
        role !== undefined &&
        mayRun(role, approveCommandOf('clearance')) &&
        isStepApprover(step, approver, role) &&
        !context.observers.includes(approver)
      );
    })
    .map((decision) => ({ ...decision, carried: true }));
}

function frozenText(state: ExistingAgreementState, round: number): AgreementText {
  return state.text.versions.find((version) => version.round === round)?.text ?? EMPTY_TEXT;
}
