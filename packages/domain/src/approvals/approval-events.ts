import type { ApprovalPolicy } from './approval-policy.js';
import type { ApprovalDecision } from './approval-run.js';
import type { ReturnIntent } from './return-intent.js';

/**
 * Payloads of the approval events. Fields are optional where events stored before
 * approval policies existed lack them; the fold fills in what those approvals ran with.
 */

/** `AgreementSubmittedForApproval`, `ClearanceToSignRequested`: the policy snapshot. */
export interface ApprovalStarted {
  policy?: ApprovalPolicy;
  startedAt?: string;
  /** Clearance: the round whose frozen text is to be cleared. */
  round?: number;
  /**
   * Clearance after a refused one, when the policy says `changed-clauses`: the round frozen
   * then, the clauses changed since, and the earlier approvals carried into this run
   * (none when any clause changed).
   */
  comparedWithRound?: number;
  changedClauses?: string[];
  carried?: ApprovalDecision[];
}

/** `DraftReturnedForChanges`, `ClearanceRefused`: who sent it back, why, and for whom. */
export interface ApprovalReturn {
  comment: string;
  intent?: ReturnIntent;
  step?: number;
  decidedBy?: string;
  onBehalfOf?: string | null;
}
