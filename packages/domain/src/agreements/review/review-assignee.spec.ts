import { DomainError } from '../../shared/domain-error.js';
import { APPROVER, DRAFTER, by, historyTo } from '../agreement.fixtures.js';
import type { CommandMetadata } from '../agreement.commands.js';
import { AgreementErrorCode } from '../agreement-error-code.js';
import { decide } from '../decide.js';
import { foldAgreement } from '../evolve.js';
import { reviewAssigneeFor } from './review-assignee.js';

const inForce = foldAgreement(historyTo({ status: 'active', step: 'in_force' }));
const withManagers = (managers: string[]): CommandMetadata => ({ ...by(APPROVER), managers });

describe('assigning a renewal review', () => {
  it('goes to the drafter while they are still a manager, and is recorded in the event', () => {
    const events = decide(
      { type: 'StartReview', data: {} },
      inForce,
      withManagers(['user-other-manager', DRAFTER.userId]),
    );
    expect(events).toEqual([
      {
        type: 'ReviewStarted',
        data: {
          dueOn: inForce.status === 'none' ? null : inForce.reviewDueOn,
          assignee: DRAFTER.userId,
        },
      },
    ]);
    expect(
      foldAgreement([...historyTo({ status: 'active', step: 'in_force' }), ...events]),
    ).toMatchObject({
      status: 'review',
      reviewAssignee: DRAFTER.userId,
    });
  });

  it('goes to the manager named when it is started by hand', () => {
    const [event] = decide(
      { type: 'StartReview', data: { assignee: 'user-other-manager' } },
      inForce,
      withManagers([DRAFTER.userId, 'user-other-manager']),
    );
    expect(event).toMatchObject({ data: { assignee: 'user-other-manager' } });
  });

  it('is refused for someone who is not a manager, naming the field', () => {
    let refusal: unknown;
    try {
      decide(
        { type: 'StartReview', data: { assignee: APPROVER.userId } },
        inForce,
        withManagers([DRAFTER.userId]),
      );
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      code: AgreementErrorCode.ReviewAssigneeNotManager,
      field: 'assignee',
    });
  });

  it('picks the same manager for the same agreement when the drafter is no longer one', () => {
    const managers = ['user-m1', 'user-m2', 'user-m3'];
    const first = reviewAssigneeFor({ agreementId: 'agreement-7', drafter: 'gone', managers });
    const again = reviewAssigneeFor({
      agreementId: 'agreement-7',
      drafter: 'gone',
      managers: [...managers].reverse(),
    });
    expect(managers).toContain(first);
    expect(again).toBe(first);
  });

  it('spreads agreements over the managers rather than giving all to one', () => {
    const managers = ['user-m1', 'user-m2', 'user-m3'];
    const chosen = new Set(
      ['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6', 'a-7', 'a-8'].map((agreementId) =>
        reviewAssigneeFor({ agreementId, drafter: 'gone', managers }),
      ),
    );
    expect(chosen.size).toBeGreaterThan(1);
  });

  it('starts unassigned when there is no manager at all', () => {
    expect(reviewAssigneeFor({ agreementId: 'a-1', drafter: 'gone', managers: [] })).toBeNull();
  });
});
