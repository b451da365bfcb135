import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import type { Role } from '../auth/roles.js';
import { AGREEMENT_TYPES } from '../agreements/agreement.status.js';
import type { AgreementType } from '../agreements/agreement.status.js';

/**
 * An approval policy is data: for one agreement type and one purpose, the ordered steps an
 * approval goes through. Admins edit it; each approval snapshots the policy it started
 * with, so an edit never changes an approval already running.
 */

/**
 * `draft`: internal approval of a draft; `clearance`: clearance of the final text to sign;
 * `review`: the decision a renewal review proposes (renew, let expire, terminate).
 */
export const APPROVAL_PURPOSES = ['draft', 'clearance', 'review'] as const;
export type ApprovalPurpose = (typeof APPROVAL_PURPOSES)[number];

/**
 * What a new clearance to sign does with the approvals of the refused run before it:
 * `all` asks everyone again; `changed-clauses` carries the earlier approvals over when no
 * clause changed and shows the approvers which clauses did when some changed. Only
 * clearance policies have it: a draft approval never follows a frozen text.
 */
export const REAPPROVAL_MODES = ['all', 'changed-clauses'] as const;
export type ReapprovalMode = (typeof REAPPROVAL_MODES)[number];

/** Who decides a step: anyone holding a role, or the users named. */
export type StepApprovers = { kind: 'role'; role: Role } | { kind: 'users'; userIds: string[] };

/** `all` of the named users, or `any` N distinct approvers. */
export type StepRule = { kind: 'all' } | { kind: 'any'; count: number };

export interface ApprovalStep {
  approvers: StepApprovers;
  rule: StepRule;
  /** Days from the moment the step becomes current to its due date. */
  deadlineDays: number;
}

export interface ApprovalPolicy {
  agreementType: AgreementType;
  purpose: ApprovalPurpose;
  steps: ApprovalStep[];
  /** Clearance only; absent (in policies saved before it existed too) means `all`. */
  reapproval?: ReapprovalMode;
}

const approversSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('role'), role: z.enum(ROLES) }),
  z.strictObject({
    kind: z.literal('users'),
    userIds: z
      .array(z.string().min(1, { message: 'must not be empty' }))
      .min(1, { message: 'must name at least one user' })
      .max(50, { message: 'must name at most 50 users' })
      .refine((ids) => new Set(ids).size === ids.length, {
        message: 'must not name a user twice',
      }),
  }),
]);

const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({
    kind: z.literal('any'),
    count: z.number().int().min(1, { message: 'must be at least 1' }),
  }),
]);

export const approvalStepSchema = z
  .strictObject({
    approvers: approversSchema,
    rule: ruleSchema,
    deadlineDays: z
      .number()
      .int({ message: 'must be a whole number of days' })
      .min(1, { message: 'must be at least 1 day' })
      .max(365, { message: 'must be at most 365 days' }),
  })
  .superRefine((step, context) => {
    if (step.approvers.kind === 'role' && step.rule.kind === 'all') {
      // "Everyone holding a role" changes as users come and go; the rule would be unknowable.
      context.addIssue({
        code: 'custom',
        path: ['rule', 'kind'],
        message: 'all needs named users; a role step takes any N',
      });
    }
    if (
      step.approvers.kind === 'users' &&
      step.rule.kind === 'any' &&
      step.rule.count > step.approvers.userIds.length
    ) {
      context.addIssue({
        code: 'custom',
        path: ['rule', 'count'],
        message: `must not exceed the ${step.approvers.userIds.length} named approvers`,
      });
    }
  });

/** The body of `PUT /api/approval-policies/{type}/{purpose}`. */
export const approvalPolicyInputSchema = z.strictObject({
  steps: z
    .array(approvalStepSchema)
    .min(1, { message: 'must have at least one step' })
    .max(10, { message: 'must have at most 10 steps' }),
  reapproval: z.enum(REAPPROVAL_MODES).optional(),
});
export type ApprovalPolicyInput = z.infer<typeof approvalPolicyInputSchema>;

/** The stored form, as events carry it. */
export const approvalPolicySchema = z.strictObject({
  agreementType: z.enum(AGREEMENT_TYPES),
  purpose: z.enum(APPROVAL_PURPOSES),
  steps: z.array(approvalStepSchema).min(1),
  reapproval: z.enum(REAPPROVAL_MODES).optional(),
});

const APPROVE_COMMANDS = {
  draft: 'ApproveDraft',
  clearance: 'ClearToSign',
  review: 'ApproveReviewDecision',
} as const satisfies Record<ApprovalPurpose, string>;

/** The command an approver runs to approve a step of an approval for `purpose`. */
export function approveCommandOf(
  purpose: ApprovalPurpose,
): (typeof APPROVE_COMMANDS)[ApprovalPurpose] {
  return APPROVE_COMMANDS[purpose];
}

export function isApprovalPurpose(value: string): value is ApprovalPurpose {
  return (APPROVAL_PURPOSES as readonly string[]).includes(value);
}

/** The reapproval a policy asks for, `all` where it says nothing. */
export function reapprovalOf(policy: ApprovalPolicy): ReapprovalMode {
  return policy.reapproval ?? 'all';
}

/**
 * What an agreement gets when an admin has set no policy for its type: one step, any one
 * official, five days. That is how approval worked before policies were data.
 */
export function defaultApprovalPolicy(
  agreementType: AgreementType,
  purpose: ApprovalPurpose,
): ApprovalPolicy {
  return {
    agreementType,
    purpose,
    steps: [
      {
        approvers: { kind: 'role', role: 'official' },
        rule: { kind: 'any', count: 1 },
        deadlineDays: 5,
      },
    ],
  };
}

/** The policy in force for (type, purpose) among those an admin has saved, else the default. */
export function policyFor(
  policies: readonly ApprovalPolicy[],
  agreementType: AgreementType,
  purpose: ApprovalPurpose,
): ApprovalPolicy {
  return (
    policies.find(
      (policy) => policy.agreementType === agreementType && policy.purpose === purpose,
    ) ?? defaultApprovalPolicy(agreementType, purpose)
  );
}
