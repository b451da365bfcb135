import { DomainError } from '../shared/domain-error.js';
import type { ApprovalPolicyInput, ApprovalPurpose } from './approval-policy.js';

/**
 * Why saving a policy is refused, beyond its shape (which the zod schema checks). Values
 * are stable strings: they travel over HTTP and the web translates them.
 */
export enum ApprovalPolicyErrorCode {
  /** `reapproval` on a draft policy: only a clearance follows an earlier frozen text. */
  ReapprovalNotApplicable = 'REAPPROVAL_NOT_APPLICABLE',
}

/** The first rule a policy about to be saved for `purpose` breaks, or null. */
export function approvalPolicyViolation(
  purpose: ApprovalPurpose,
  input: ApprovalPolicyInput,
): DomainError<ApprovalPolicyErrorCode> | null {
  if (purpose === 'draft' && input.reapproval !== undefined) {
    return new DomainError(
      ApprovalPolicyErrorCode.ReapprovalNotApplicable,
      'Reapproval applies to clearance to sign only; a draft approval always starts afresh',
      'reapproval',
    );
  }
  return null;
}
