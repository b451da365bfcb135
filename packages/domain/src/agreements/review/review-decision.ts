import { z } from 'zod';
import { approvalPolicySchema } from '../../approvals/approval-policy.js';
import type { ApprovalPolicy } from '../../approvals/approval-policy.js';
import type { AgreementEvent } from '../agreement.events.js';

/**
 * A renewal review ends in one of three decisions, and none is taken by one person: an
 * official or the review's manager proposes it (RenewAgreement, LetExpire or
 * TerminateAgreement while under review), the approval policy for purpose `review` decides
 * it, and only the approval that completes the policy records the outcome event the direct
 * command used to. The proposal carries everything that outcome needs, computed when it
 * was proposed, so the approvers approve exactly what they read.
 */
export const REVIEW_DECISIONS = ['renew', 'expire', 'terminate'] as const;
export type ReviewDecisionKind = (typeof REVIEW_DECISIONS)[number];

export type ReviewDecision =
  | {
      decision: 'renew';
      endsOn: string;
      /** The months the term is extended by; null when an explicit endsOn was given. */
      months: number | null;
      reviewDueOn: string | null;
      comment: string | null;
    }
  | { decision: 'expire'; comment: string | null }
  | { decision: 'terminate'; reason: string; terminatedOn: string };

/** The decision and who proposed it: what a review approval run is about. */
export type ReviewProposal = ReviewDecision & { proposedBy: string };

/**
 * `ReviewDecisionProposed`: the proposal and the snapshot of the policy that decides it;
 * `startedAt` is when it was proposed.
 */
export type ReviewDecisionProposedData = ReviewProposal & {
  policy: ApprovalPolicy;
  startedAt: string;
};

const isoDate = z.iso.date();
const proposed = {
  proposedBy: z.string(),
  policy: approvalPolicySchema,
  startedAt: z.string(),
};

/** Stored payload of `ReviewDecisionProposed`. */
export const reviewDecisionProposedSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('renew'),
    endsOn: isoDate,
    months: z.number().int().nullable(),
    reviewDueOn: isoDate.nullable(),
    comment: z.string().nullable(),
    ...proposed,
  }),
  z.strictObject({ decision: z.literal('expire'), comment: z.string().nullable(), ...proposed }),
  z.strictObject({
    decision: z.literal('terminate'),
    reason: z.string(),
    terminatedOn: isoDate,
    ...proposed,
  }),
]);

/** Just the decision of a proposal or a proposal event, without who and which policy. */
export function decisionOf(proposal: ReviewDecision): ReviewDecision {
  switch (proposal.decision) {
    case 'renew': {
      const { endsOn, months, reviewDueOn, comment } = proposal;
      return { decision: 'renew', endsOn, months, reviewDueOn, comment };
    }
    case 'expire':
      return { decision: 'expire', comment: proposal.comment };
    case 'terminate':
      return {
        decision: 'terminate',
        reason: proposal.reason,
        terminatedOn: proposal.terminatedOn,
      };
    default: {
      const unhandled: never = proposal;
      throw new Error(`Unhandled review decision ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * The event the approved decision records: the same the direct commands recorded before
 * review decisions went through approval, so read models, commitments, reminders and the
 * dashboard see a renewal, expiry or termination as they always did.
 */
export function reviewOutcome(proposal: ReviewDecision): AgreementEvent {
  const decision = decisionOf(proposal);
  switch (decision.decision) {
    case 'renew': {
      const { endsOn, months, reviewDueOn, comment } = decision;
      return { type: 'AgreementRenewed', data: { endsOn, comment, months, reviewDueOn } };
    }
    case 'expire':
      return { type: 'AgreementExpired', data: { comment: decision.comment } };
    case 'terminate':
      return {
        type: 'AgreementTerminated',
        data: { reason: decision.reason, terminatedOn: decision.terminatedOn },
      };
    default: {
      const unhandled: never = decision;
      throw new Error(`Unhandled review decision ${JSON.stringify(unhandled)}`);
    }
  }
}
