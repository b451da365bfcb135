import { approvalPolicyInputSchema } from './approval-policy.js';
import type { Role } from '../auth/roles.js';
import { ApprovalPolicyErrorCode, approvalPolicyViolation } from './approval-policy.rules.js';

function issues(input: unknown) {
  const result = approvalPolicyInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

const step = {
  approvers: { kind: 'users', userIds: ['lan', 'minh'] },
  rule: { kind: 'any', count: 2 },
  deadlineDays: 3,
};

describe('approvalPolicyInputSchema', () => {
  it('accepts ordered steps of roles and named users', () => {
    expect(
      issues({
        steps: [
          step,
          {
            approvers: { kind: 'role', role: 'official' },
            rule: { kind: 'any', count: 1 },
            deadlineDays: 1,
          },
        ],
      }),
    ).toEqual([]);
  });

  it.each([
    ['no step', { steps: [] }, 'steps'],
    [
      'N above the named approvers',
      { steps: [{ ...step, rule: { kind: 'any', count: 3 } }] },
      'steps.0.rule.count',
    ],
    ['a deadline under one day', { steps: [{ ...step, deadlineDays: 0 }] }, 'steps.0.deadlineDays'],
    [
      'all of a role',
      {
        steps: [{ ...step, approvers: { kind: 'role', role: 'official' }, rule: { kind: 'all' } }],
      },
      'steps.0.rule.kind',
    ],
  ])('refuses %s, naming the field', (_, input, field) => {
    expect(issues(input)).toContain(field);
  });
});

const NOBODY = new Map<string, Role>();

describe('approvalPolicyViolation', () => {
  const steps = [
    {
      approvers: { kind: 'role' as const, role: 'official' as const },
      rule: { kind: 'any' as const, count: 1 },
      deadlineDays: 5,
    },
  ];

  it('refuses reapproval on a draft policy, naming the field', () => {
    const violation = approvalPolicyViolation(
      'draft',
      { steps, reapproval: 'changed-clauses' },
      NOBODY,
    );
    expect(violation?.code).toBe(ApprovalPolicyErrorCode.ReapprovalNotApplicable);
    expect(violation?.field).toBe('reapproval');
  });

  it('accepts reapproval on a clearance policy, and a draft policy without it', () => {
    expect(
      approvalPolicyViolation('clearance', { steps, reapproval: 'changed-clauses' }, NOBODY),
    ).toBe(null);
    expect(approvalPolicyViolation('draft', { steps }, NOBODY)).toBe(null);
  });
});

describe('named approvers', () => {
  const roles = new Map<string, Role>([
    ['lan', 'official'],
    ['duc', 'legal'],
    ['root', 'admin'],
  ]);
  const naming = (...userIds: string[]) => ({
    steps: [
      {
        approvers: { kind: 'role' as const, role: 'official' as const },
        rule: { kind: 'any' as const, count: 1 },
        deadlineDays: 5,
      },
      {
        approvers: { kind: 'users' as const, userIds },
        rule: { kind: 'all' as const },
        deadlineDays: 3,
      },
    ],
  });

  it('accepts users whose role may approve the step, admins included', () => {
    expect(approvalPolicyViolation('draft', naming('lan', 'root'), roles)).toBe(null);
    expect(approvalPolicyViolation('clearance', naming('lan'), roles)).toBe(null);
  });

  it('refuses a user whose role may not approve, naming that user in the step', () => {
    const violation = approvalPolicyViolation('clearance', naming('lan', 'duc'), roles);
    expect(violation?.code).toBe(ApprovalPolicyErrorCode.ApproverNotPermitted);
    expect(violation?.field).toBe('steps.1.approvers.userIds.1');
  });

  it('refuses a user who does not exist', () => {
    const violation = approvalPolicyViolation('draft', naming('ghost'), roles);
    expect(violation?.code).toBe(ApprovalPolicyErrorCode.ApproverUnknown);
    expect(violation?.field).toBe('steps.1.approvers.userIds.0');
  });
});
