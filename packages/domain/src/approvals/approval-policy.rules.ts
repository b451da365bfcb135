import { mayRun } from '../auth/command-permissions.js';
import type { Role } from '../auth/roles.js';
import { DomainError } from '../shared/domain-error.js';
import { approveCommandOf } from './approval-policy.js';
import type { ApprovalPolicyInput, ApprovalPurpose } from './approval-policy.js';

/**
 * Why saving a policy is refused, beyond its shape (which the zod schema checks). Values
 * are stable strings: they travel over HTTP and the web translates them.
 */
export enum ApprovalPolicyErrorCode {
  /** `reapproval` on a draft or review policy: only a clearance follows an earlier frozen text. */
  ReapprovalNotApplicable = 'REAPPROVAL_NOT_APPLICABLE',
  /** A named approver who does not exist. */
  ApproverUnknown = 'APPROVER_UNKNOWN',
  /** A named approver whose role may not run the step's approve command. */
  ApproverNotPermitted = 'APPROVER_NOT_PERMITTED',
}

/**
 * The first rule a policy about to be saved for `purpose` breaks, or null. `roles` holds
 * the current role of each user the steps name (an id missing from it names nobody): a
 * named approver must hold a role the permission table lets approve, or the step could
 * never complete.
 */
export function approvalPolicyViolation(
  purpose: ApprovalPurpose,
  input: ApprovalPolicyInput,
  roles: ReadonlyMap<string, Role>,
): DomainError<ApprovalPolicyErrorCode> | null {
  if (purpose !== 'clearance' && input.reapproval !== undefined) {
    return new DomainError(
      ApprovalPolicyErrorCode.ReapprovalNotApplicable,
      `Reapproval applies to clearance to sign only; a ${purpose} approval always starts afresh`,
      'reapproval',
    );
  }
  const command = approveCommandOf(purpose);
  for (const [index, step] of input.steps.entries()) {
    if (step.approvers.kind !== 'users') continue;
    for (const [position, userId] of step.approvers.userIds.entries()) {
      const field = `steps.${index}.approvers.userIds.${position}`;
      const role = roles.get(userId);
      if (role === undefined) {
        return new DomainError(
          ApprovalPolicyErrorCode.ApproverUnknown,
          `Step ${index + 1} names a user who does not exist`,
          field,
        );
      }
      if (!mayRun(role, command)) {
        return new DomainError(
          ApprovalPolicyErrorCode.ApproverNotPermitted,
          `Step ${index + 1} names a user whose role (${role}) may not ${command}`,
          field,
        );
      }
    }
  }
  return null;
}

/** Every user id the steps of a policy name, for loading their roles. */
export function namedApprovers(input: ApprovalPolicyInput): string[] {
  return input.steps.flatMap((step) =>
    step.approvers.kind === 'users' ? step.approvers.userIds : [],
  );
}
