import type { AgreementEvent } from '../agreements/agreement.events.js';
import type { ExistingAgreementState } from '../agreements/agreement.state.js';
import { defaultApprovalPolicy } from './approval-policy.js';
import type { ApprovalPurpose } from './approval-policy.js';
import type { ApprovalDecision, ApprovalOutcome, ApprovalRun } from './approval-run.js';
import type { ApprovalStarted } from './approval-events.js';

/**
 * What approval events change in the folded agreement, beyond its position: evolve calls
 * this for every event and other events leave the approval as it is. A finished approval
 * stays in the state with its outcome, so the agreement page can still show who decided.
 */
export function evolveApproval(
  state: ExistingAgreementState,
  event: AgreementEvent,
): ExistingAgreementState {
  switch (event.type) {
    case 'AgreementSubmittedForApproval':
      return { ...state, approval: started('draft', state, event.data) };
    case 'ClearanceToSignRequested':
      return { ...state, approval: started('clearance', state, event.data) };
    case 'ReviewDecisionProposed': {
      const { policy, startedAt, ...proposal } = event.data;
      return {
        ...state,
        approval: { ...started('review', state, { policy, startedAt }), proposal },
      };
    }
    case 'ApprovalDecisionRecorded':
      return state.approval === undefined
        ? state
        : { ...state, approval: recordDecision(state.approval, event.data) };
    case 'DraftApproved':
    case 'ClearedToSign':
      return finished(state, 'approved');
    case 'DraftReturnedForChanges':
    case 'ClearanceRefused':
    case 'ReviewDecisionRejected':
      return finished(state, event.data.intent ?? 'rejected');
    case 'AgreementRenewed':
    case 'AgreementExpired':
    case 'AgreementTerminated':
      // The outcome of an approved review decision; the same events recorded directly
      // (before review approvals, or a termination while in force) finish nothing.
      return state.approval?.purpose === 'review' && state.approval.outcome === null
        ? finished(state, 'approved')
        : state;
    default:
      return state;
  }
}

export function recordDecision(run: ApprovalRun, decision: ApprovalDecision): ApprovalRun {
  return { ...run, decisions: [...run.decisions, decision] };
}

function started(
  purpose: ApprovalPurpose,
  state: ExistingAgreementState,
  data: ApprovalStarted,
): ApprovalRun {
  // Approvals recorded before policies were data ran the default policy.
  const policy = data.policy ?? defaultApprovalPolicy(state.details.type ?? 'mou', purpose);
  const run: ApprovalRun = {
    purpose,
    policy,
    startedAt: data.startedAt ?? null,
    decisions: data.carried ?? [],
    outcome: null,
  };
  if (purpose !== 'clearance') return run;
  // A clearance always clears the round just finalised; older events do not say so.
  const round = data.round ?? state.round;
  const { comparedWithRound, changedClauses } = data;
  return comparedWithRound === undefined
    ? { ...run, round }
    : { ...run, round, comparedWithRound, changedClauses: changedClauses ?? [] };
}

function finished(state: ExistingAgreementState, outcome: ApprovalOutcome): ExistingAgreementState {
  return state.approval === undefined
    ? state
    : { ...state, approval: { ...state.approval, outcome } };
}
