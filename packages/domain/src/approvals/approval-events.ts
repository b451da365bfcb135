import type { ApprovalPolicy } from './approval-policy.js';
import type { ReturnIntent } from './return-intent.js';

/**
 * Payloads of the approval events. Fields are optional where events stored before
 * approval policies existed lack them; the fold fills in what those approvals ran with.
 */

/** `AgreementSubmittedForApproval`, `ClearanceToSignRequested`: the policy snapshot. */
export interface ApprovalStarted {
  policy?: ApprovalPolicy;
  startedAt?: string;
}

/** `DraftReturnedForChanges`, `ClearanceRefused`: who sent it back, why, and for whom. */
export interface ApprovalReturn {
  comment: string;
  intent?: ReturnIntent;
  step?: number;
  decidedBy?: string;
  onBehalfOf?: string | null;
}
