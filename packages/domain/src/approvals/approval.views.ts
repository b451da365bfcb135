import { z } from 'zod';
import type { LocalizedText } from '../shared/localized-text.js';
import type { UserRef } from '../agreements/agreement.views.js';
import type { AgreementType } from '../agreements/agreement.status.js';
import type { ApprovalPurpose, ApprovalStep, ReapprovalMode } from './approval-policy.js';
import type { ApprovalOutcome } from './approval-run.js';
import type { ReviewDecision } from '../agreements/review/review-decision.js';

/** A review approval's proposal as the page shows it: what, why, by whom and when. */
export type ReviewProposalView = ReviewDecision & {
  proposedBy: UserRef;
  proposedAt: string | null;
};

/** `GET /api/approval-policies`: every type × purpose, saved or default. */
export interface ApprovalPolicyView {
  agreementType: AgreementType;
  purpose: ApprovalPurpose;
  steps: ApprovalStep[];
  /** What a clearance after a refused one does with earlier approvals (`all` for drafts). */
  reapproval: ReapprovalMode;
  /** 0 while the default applies; each save adds one. */
  revision: number;
  updatedAt: string | null;
  updatedBy: UserRef | null;
}

export interface DelegationView {
  id: string;
  delegator: UserRef;
  substitute: UserRef;
  from: string;
  to: string;
  createdAt: string;
  revokedAt: string | null;
}

/** One decision as the agreement page shows it: "B on behalf of A". */
export interface ApprovalDecisionView {
  decidedBy: UserRef;
  onBehalfOf: UserRef | null;
  comment: string | null;
  decidedAt: string;
  /** Approved in the refused clearance before this one and carried over unchanged. */
  carried: boolean;
}

export interface ApprovalStepView {
  index: number;
  step: ApprovalStep;
  /** Names of the users a named step lists, in order. */
  approvers: UserRef[];
  decisions: ApprovalDecisionView[];
  remaining: number;
  complete: boolean;
  current: boolean;
  dueAt: string | null;
}

/** The running (or last) approval of an agreement, step by step. */
export interface AgreementApprovalView {
  purpose: ApprovalPurpose;
  outcome: ApprovalOutcome | null;
  startedAt: string | null;
  /** Clearance: the round whose frozen text is being cleared. */
  round: number | null;
  /**
   * Clearance after a refused one under `changed-clauses`: the round cleared then and the
   * clauses changed since (empty when none changed and approvals carried over).
   */
  comparedWithRound: number | null;
  changedClauses: string[] | null;
  /** Review: the decision being approved; null for other purposes. */
  proposal: ReviewProposalView | null;
  steps: ApprovalStepView[];
  /** Whether the caller may decide the current step now, and for whom. */
  mayDecide: boolean;
  onBehalfOf: UserRef | null;
}

/** `GET /api/agreements/{id}/approval`: the approval, if one ever ran, and the observers. */
export interface AgreementApprovalResponse {
  approval: AgreementApprovalView | null;
  observers: UserRef[];
}

/** One entry of `GET /api/approvals/inbox`. */
export interface ApprovalInboxItem {
  agreementId: string;
  title: LocalizedText;
  /** The title's languages in the order the user gave them. */
  titleLanguages: string[];
  type: AgreementType | null;
  version: number;
  purpose: ApprovalPurpose;
  /** The number of the amendment this approval is for; null for the agreement itself. */
  amendment: number | null;
  step: number;
  stepCount: number;
  dueAt: string | null;
  overdue: boolean;
  /** Set when the caller decides as someone's substitute. */
  onBehalfOf: UserRef | null;
  /**
   * A clearance asked again after a refusal whose text changed (policy `changed-clauses`):
   * the two frozen rounds and the clauses changed between them, so the approver sees what
   * to read again. Null otherwise.
   */
  changes: { fromRound: number; toRound: number; clauses: string[] } | null;
  /** Review: the decision proposed (renew, expire, terminate); null for other purposes. */
  decision: ReviewDecision['decision'] | null;
}

export const bulkApproveSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        agreementId: z.guid({ message: 'must be an agreement id' }),
        version: z.number().int().min(1),
      }),
    )
    .min(1, { message: 'must list at least one agreement' })
    .max(100, { message: 'must list at most 100 agreements' }),
  comment: z.string().max(2000).nullable().optional(),
});
export type BulkApproveInput = z.infer<typeof bulkApproveSchema>;

/** Per item of a bulk approval: the new version, or the problem that refused it. */
export type BulkApproveResult =
  | { agreementId: string; ok: true; version: number }
  | {
      agreementId: string;
      ok: false;
      status: number;
      code: string;
      detail: string;
      currentVersion?: number;
    };

export const setObserversSchema = z.strictObject({
  userIds: z.array(z.guid({ message: 'must be a user id' })).max(50),
});
