import { NO_APPROVAL_CONTEXT } from '../../approvals/approval-context.js';
import { policyFor } from '../../approvals/approval-policy.js';
import type { CommandMetadata } from '../agreement.commands.js';
import type { AgreementEvent } from '../agreement.events.js';
import type { ExistingAgreementState } from '../agreement.state.js';
import type { ReviewDecision } from './review-decision.js';

/**
 * Under review, renewing, letting expire and terminating propose the decision: the policy
 * for the agreement type and purpose `review` is snapshotted, as a draft's is on
 * submission, and its approvers decide. The proposer may not approve their own proposal.
 */
export function proposeReviewDecision(
  decision: ReviewDecision,
  state: ExistingAgreementState,
  metadata: CommandMetadata,
): AgreementEvent {
  const context = metadata.approvals ?? NO_APPROVAL_CONTEXT;
  const policy = policyFor(context.policies, state.details.type ?? 'mou', 'review');
  return {
    type: 'ReviewDecisionProposed',
    data: { ...decision, proposedBy: metadata.actor.userId, policy, startedAt: metadata.now },
  };
}
