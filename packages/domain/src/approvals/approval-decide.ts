import type { CommandMetadata } from '../agreements/agreement.commands.js';
import { drafterOf } from '../agreements/amendments/drafter.js';
import type { AgreementEvent } from '../agreements/agreement.events.js';
import type { ExistingAgreementState } from '../agreements/agreement.state.js';
import { AgreementErrorCode } from '../agreements/agreement-error-code.js';
import { DomainError } from '../shared/domain-error.js';
import { NO_APPROVAL_CONTEXT } from './approval-context.js';
import { decisionCapacity } from './approval-eligibility.js';
import type { DecisionCapacity } from './approval-eligibility.js';
import { policyFor } from './approval-policy.js';
import type { ApprovalPurpose } from './approval-policy.js';
import { isApprovalComplete } from './approval-run.js';
import type { ApprovalDecision, ApprovalRun } from './approval-run.js';
import { evolveApproval, recordDecision } from './approval-evolve.js';
import { clearanceReapproval } from './clearance-reapproval.js';
import type { ReturnIntent } from './return-intent.js';
import { reviewOutcome } from '../agreements/review/review-decision.js';

/**
 * The approval rules decide delegates to: starting an approval with a snapshot of the
 * policy, recording each approver's decision, and sending the agreement back. The
 * transition table still says where each may run from; these say who may and what it
 * records.
 */

/** `AgreementSubmittedForApproval` / `ClearanceToSignRequested`, carrying the policy. */
export function startApproval(
  purpose: ApprovalPurpose,
  state: ExistingAgreementState,
  metadata: CommandMetadata,
): AgreementEvent[] {
  const context = metadata.approvals ?? NO_APPROVAL_CONTEXT;
  // A draft without a type is refused by the submission requirements right after this;
  // the fallback only keeps the snapshot well-formed until then.
  // An amendment is approved under the policy for amendments, whatever the agreement's type.
  const type = state.amendment === null ? (state.details.type ?? 'mou') : 'amendment';
  const policy = policyFor(context.policies, type, purpose);
  const data = { policy, startedAt: metadata.now };
  if (purpose === 'draft') return [{ type: 'AgreementSubmittedForApproval', data }];
  const reapproval = clearanceReapproval(state, policy, context);
  const requested: AgreementEvent = {
    type: 'ClearanceToSignRequested',
    data: { ...data, round: state.round, ...reapproval },
  };
  // Approvals carried over may already complete every step: cleared in the same breath,
  // as the last approver's decision would have it.
  const run = evolveApproval(state, requested).approval;
  if (reapproval === null || run === undefined || !isApprovalComplete(run)) return [requested];
  return [requested, { type: 'ClearedToSign', data: { comment: null } }];
}

/** One approver's yes; with the last one the approval completes and the agreement moves on. */
export function approveStep(
  purpose: ApprovalPurpose,
  comment: string | null,
  state: ExistingAgreementState,
  metadata: CommandMetadata,
  forbidsCreator: boolean,
): AgreementEvent[] {
  const run = runningApproval(purpose, state);
  const capacity = capacityOf(run, state, metadata, forbidsCreator);
  const decision: ApprovalDecision = {
    purpose,
    step: capacity.step.index,
    decidedBy: metadata.actor.userId,
    onBehalfOf: capacity.onBehalfOf,
    comment,
    decidedAt: metadata.now,
  };
  const recorded: AgreementEvent = { type: 'ApprovalDecisionRecorded', data: decision };
  if (!isApprovalComplete(recordDecision(run, decision))) return [recorded];
  return [recorded, completion(run, comment)];
}

/** Reject or request changes: one approver of the current step sends it back, with a comment. */
export function returnFromApproval(
  purpose: ApprovalPurpose,
  intent: ReturnIntent,
  comment: string,
  state: ExistingAgreementState,
  metadata: CommandMetadata,
): AgreementEvent {
  if (comment.trim() === '') {
    throw new DomainError(
      AgreementErrorCode.RequiredFieldMissing,
      'A comment is required',
      'comment',
    );
  }
  const run = runningApproval(purpose, state);
  const capacity = capacityOf(run, state, metadata, false);
  const data = {
    comment,
    intent,
    step: capacity.step.index,
    decidedBy: metadata.actor.userId,
    onBehalfOf: capacity.onBehalfOf,
  };
  switch (purpose) {
    case 'draft':
      return { type: 'DraftReturnedForChanges', data };
    case 'clearance':
      return { type: 'ClearanceRefused', data };
    case 'review':
      return { type: 'ReviewDecisionRejected', data };
    default: {
      const unhandled: never = purpose;
      throw new Error(`Unhandled approval purpose ${String(unhandled)}`);
    }
  }
}

/** What the approval that completes the last step records besides that approval. */
function completion(run: ApprovalRun, comment: string | null): AgreementEvent {
  switch (run.purpose) {
    case 'draft':
      return { type: 'DraftApproved', data: { comment } };
    case 'clearance':
      return { type: 'ClearedToSign', data: { comment } };
    case 'review':
      // The fold always sets the proposal on a review run; without it the stream is corrupt.
      if (run.proposal === undefined) throw new Error('A review approval without a proposal');
      return reviewOutcome(run.proposal);
    default: {
      const unhandled: never = run.purpose;
      throw new Error(`Unhandled approval purpose ${String(unhandled)}`);
    }
  }
}

function capacityOf(
  run: ApprovalRun,
  state: ExistingAgreementState,
  metadata: CommandMetadata,
  forbidsCreator: boolean,
): DecisionCapacity {
  return decisionCapacity(
    run,
    metadata.actor,
    metadata.approvals ?? NO_APPROVAL_CONTEXT,
    metadata.now,
    forbidsCreator ? drafterOf(state) : null,
  );
}

function runningApproval(purpose: ApprovalPurpose, state: ExistingAgreementState): ApprovalRun {
  const run = state.approval;
  // The transition table only lets these commands run while an approval of this purpose
  // runs, and the fold always opens one there; anything else is a corrupt stream.
  if (run === undefined || run.purpose !== purpose || run.outcome !== null) {
    throw new Error(`No ${purpose} approval is running on agreement ${state.id}`);
  }
  return run;
}
