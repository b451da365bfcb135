import { approvalPolicyInputSchema } from './approval-policy.js';

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
