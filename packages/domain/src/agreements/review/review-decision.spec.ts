import type { Actor } from '../../auth/roles.js';
import type { ApprovalContext } from '../../approvals/approval-context.js';
import type { ApprovalPolicy } from '../../approvals/approval-policy.js';
import { DomainError } from '../../shared/domain-error.js';
import type { AgreementCommand } from '../agreement.commands.js';
import type { AgreementEvent } from '../agreement.events.js';
import { APPROVER, DRAFTER, NOW, historyTo } from '../agreement.fixtures.js';
import { positionKey } from '../agreement.position.js';
import { AgreementErrorCode } from '../agreement-error-code.js';
import { decide } from '../decide.js';
import { foldAgreement } from '../evolve.js';
import { allowedCommands } from '../transitions.js';

/**
 * The renewal review's decision goes through the approval policy for purpose `review`:
 * given events / when command / then events or refusal.
 */

const underReview = historyTo({ status: 'review', step: 'under_review' });
const lan: Actor = { userId: 'lan', role: 'official' };
const minh: Actor = { userId: 'minh', role: 'official' };
/** Officials may propose all three decisions; the review's manager renewal or expiry. */
const hana: Actor = { userId: 'hana', role: 'official' };

/** Two steps, one official each: a decision completes with the second approval. */
const twoStepReview: ApprovalPolicy = {
  agreementType: 'mou',
  purpose: 'review',
  steps: [
    { approvers: { kind: 'users', userIds: ['lan'] }, rule: { kind: 'all' }, deadlineDays: 3 },
    { approvers: { kind: 'users', userIds: ['minh'] }, rule: { kind: 'all' }, deadlineDays: 3 },
  ],
};
const policies: ApprovalContext = { policies: [twoStepReview], delegations: [], observers: [] };

function run(history: AgreementEvent[], command: AgreementCommand, actor: Actor) {
  return decide(command, foldAgreement(history), { actor, now: NOW, approvals: policies });
}

function refusal(attempt: () => unknown): DomainError | undefined {
  try {
    attempt();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  return undefined;
}

const proposals: [string, AgreementCommand, AgreementEvent][] = [
  [
    'renew',
    { type: 'RenewAgreement', data: { months: 60, comment: 'Five more years of exchanges' } },
    {
      type: 'AgreementRenewed',
      data: {
        endsOn: '2034-03-14',
        comment: 'Five more years of exchanges',
        months: 60,
        reviewDueOn: '2033-12-14',
      },
    },
  ],
  [
    'expire',
    { type: 'LetExpire', data: { comment: 'The programme has run its course' } },
    { type: 'AgreementExpired', data: { comment: 'The programme has run its course' } },
  ],
  [
    'terminate',
    {
      type: 'TerminateAgreement',
      data: { reason: 'Partner dissolved', terminatedOn: '2027-01-01' },
    },
    {
      type: 'AgreementTerminated',
      data: { reason: 'Partner dissolved', terminatedOn: '2027-01-01' },
    },
  ],
];

describe('a review decision', () => {
  describe.each(proposals)('proposed to %s', (decision, command, outcome) => {
    const proposed = run(underReview, command, hana);
    const afterProposal = [...underReview, ...proposed];

    it('records the proposal with the review policy, and awaits its approval', () => {
      expect(proposed).toEqual([
        {
          type: 'ReviewDecisionProposed',
          data: expect.objectContaining({
            decision,
            proposedBy: 'hana',
            policy: twoStepReview,
            startedAt: NOW,
          }),
        },
      ]);
      const state = foldAgreement(afterProposal);
      expect(positionKey(state)).toBe('review.awaiting_decision');
    });

    it('stays awaiting the decision after a partial approval', () => {
      const events = run(afterProposal, { type: 'ApproveReviewDecision', data: {} }, lan);
      expect(events.map((event) => event.type)).toEqual(['ApprovalDecisionRecorded']);
      expect(positionKey(foldAgreement([...afterProposal, ...events]))).toBe(
        'review.awaiting_decision',
      );
    });

    it('records the outcome event with the approval that completes the policy', () => {
      const first = run(afterProposal, { type: 'ApproveReviewDecision', data: {} }, lan);
      const last = run(
        [...afterProposal, ...first],
        { type: 'ApproveReviewDecision', data: { comment: 'Agreed' } },
        minh,
      );
      expect(last).toEqual([
        {
          type: 'ApprovalDecisionRecorded',
          data: {
            purpose: 'review',
            step: 1,
            decidedBy: 'minh',
            onBehalfOf: null,
            comment: 'Agreed',
            decidedAt: NOW,
          },
        },
        outcome,
      ]);
      const state = foldAgreement([...afterProposal, ...first, ...last]);
      expect(state.status === 'none' ? null : state.approval?.outcome).toBe('approved');
    });
  });

  const proposed = [
    ...underReview,
    ...run(underReview, { type: 'LetExpire', data: { comment: 'No more budget' } }, DRAFTER),
  ];

  it('goes back to undecided when rejected, and a new proposal may be made', () => {
    const rejected = run(
      proposed,
      { type: 'RejectReviewDecision', data: { comment: 'Renew instead: the camps work' } },
      lan,
    );
    expect(rejected).toEqual([
      {
        type: 'ReviewDecisionRejected',
        data: {
          comment: 'Renew instead: the camps work',
          intent: 'rejected',
          step: 0,
          decidedBy: 'lan',
          onBehalfOf: null,
        },
      },
    ]);
    const back = [...proposed, ...rejected];
    expect(positionKey(foldAgreement(back))).toBe('review.under_review');
    const again = run(back, { type: 'RenewAgreement', data: { months: 12 } }, DRAFTER);
    expect(again[0]).toMatchObject({ type: 'ReviewDecisionProposed', data: { decision: 'renew' } });
  });

  it('needs a comment to be rejected', () => {
    expect(
      refusal(() => run(proposed, { type: 'RejectReviewDecision', data: { comment: ' ' } }, lan))
        ?.field,
    ).toBe('comment');
  });

  it('may not be approved by its proposer, even one the policy names', () => {
    const byLan = [
      ...underReview,
      ...run(underReview, { type: 'LetExpire', data: { comment: null } }, lan),
    ];
    expect(refusal(() => run(byLan, { type: 'ApproveReviewDecision', data: {} }, lan))?.code).toBe(
      AgreementErrorCode.SelfApprovalForbidden,
    );
    expect(allowedCommands(foldAgreement(byLan), lan)).not.toContain('ApproveReviewDecision');
    expect(allowedCommands(foldAgreement(byLan), minh)).toContain('ApproveReviewDecision');
  });

  it('may be approved by the agreement drafter when someone else proposed it', () => {
    const byOfficial = [
      ...underReview,
      ...decide({ type: 'LetExpire', data: {} }, foldAgreement(underReview), {
        actor: APPROVER,
        now: NOW,
      }),
    ];
    const drafterAsOfficial: Actor = { userId: DRAFTER.userId, role: 'official' };
    const events = decide({ type: 'ApproveReviewDecision', data: {} }, foldAgreement(byOfficial), {
      actor: drafterAsOfficial,
      now: NOW,
    });
    expect(events.map((event) => event.type)).toEqual([
      'ApprovalDecisionRecorded',
      'AgreementExpired',
    ]);
  });

  it('cannot be renewed, let expire or terminated again while one awaits approval', () => {
    for (const [, command] of proposals) {
      expect(refusal(() => run(proposed, command, hana))?.code).toBe(
        AgreementErrorCode.TransitionNotAllowed,
      );
    }
  });

  it('is refused a renewal that does not extend the term, before anyone approves it', () => {
    expect(
      refusal(() =>
        run(underReview, { type: 'RenewAgreement', data: { endsOn: '2029-01-01' } }, DRAFTER),
      )?.field,
    ).toBe('endsOn');
  });
});

describe('streams recorded before review decisions went through approval', () => {
  it.each([
    [
      'renewed',
      { type: 'AgreementRenewed', data: { endsOn: '2034-03-14', comment: null } },
      'active.in_force',
    ],
    ['expired', { type: 'AgreementExpired', data: { comment: null } }, 'expired.closed'],
    [
      'terminated',
      { type: 'AgreementTerminated', data: { reason: 'Ended', terminatedOn: '2027-01-01' } },
      'terminated.closed',
    ],
  ] as [string, AgreementEvent, string][])(
    'still replay a review %s directly',
    (_, event, target) => {
      const state = foldAgreement([...underReview, event]);
      expect(positionKey(state)).toBe(target);
    },
  );

  it('still carry the renewed term after a direct renewal', () => {
    const state = foldAgreement([
      ...underReview,
      { type: 'AgreementRenewed', data: { endsOn: '2034-03-14', comment: null } },
    ]);
    expect(state).toMatchObject({ details: { endsOn: '2034-03-14' }, reviewDueOn: null });
  });
});
