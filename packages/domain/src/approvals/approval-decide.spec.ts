import type { Actor } from '../auth/roles.js';
import type { AgreementCommand, CommandMetadata } from '../agreements/agreement.commands.js';
import type { AgreementEvent } from '../agreements/agreement.events.js';
import { DRAFTER, sample } from '../agreements/agreement.fixtures.js';
import type { AgreementState, ExistingAgreementState } from '../agreements/agreement.state.js';
import { initialAgreementState } from '../agreements/agreement.state.js';
import { AgreementErrorCode } from '../agreements/agreement-error-code.js';
import { decide } from '../agreements/decide.js';
import { evolve } from '../agreements/evolve.js';
import { DomainError } from '../shared/domain-error.js';
import type { ApprovalContext } from './approval-context.js';
import type { ApprovalPolicy, ApprovalStep } from './approval-policy.js';
import { approvalProgress, currentStep } from './approval-run.js';
import type { Delegation } from './delegation.js';

const START = '2026-11-23T09:00:00.000Z';
const LATER = '2026-11-24T10:00:00.000Z';

const lan: Actor = { userId: 'lan', role: 'official' };
const minh: Actor = { userId: 'minh', role: 'official' };
const olga: Actor = { userId: 'olga', role: 'official' };
const hana: Actor = { userId: 'hana', role: 'official' };

const named = (userIds: string[], rule: ApprovalStep['rule'], deadlineDays = 3): ApprovalStep => ({
  approvers: { kind: 'users', userIds },
  rule,
  deadlineDays,
});
const anyOfficial = (count: number, deadlineDays = 5): ApprovalStep => ({
  approvers: { kind: 'role', role: 'official' },
  rule: { kind: 'any', count },
  deadlineDays,
});

function policy(...steps: ApprovalStep[]): ApprovalPolicy {
  return { agreementType: 'mou', purpose: 'draft', steps };
}

function context(overrides: Partial<ApprovalContext> = {}): ApprovalContext {
  return { policies: [], delegations: [], observers: [], ...overrides };
}

/** An agreement submitted for approval under `draftPolicy`, as the drafter. */
class Approval {
  state: AgreementState = initialAgreementState;
  readonly events: AgreementEvent[] = [];

  constructor(draftPolicy: ApprovalPolicy) {
    this.run(sample('CreateDraftAgreement'), DRAFTER, START);
    this.run(sample('SubmitForApproval'), DRAFTER, START, context({ policies: [draftPolicy] }));
  }

  run(
    command: AgreementCommand,
    actor: Actor,
    now = LATER,
    approvals: ApprovalContext = context(),
  ): AgreementEvent[] {
    const metadata: CommandMetadata = { actor, now, approvals };
    const events = decide(command, this.state, metadata);
    this.events.push(...events);
    this.state = events.reduce(evolve, this.state);
    return events;
  }

  approve(actor: Actor, approvals?: ApprovalContext, now = LATER): AgreementEvent[] {
    return this.run({ type: 'ApproveDraft', data: { comment: null } }, actor, now, approvals);
  }

  refusal(attempt: () => unknown): DomainError | undefined {
    try {
      attempt();
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    return undefined;
  }

  get agreement(): ExistingAgreementState {
    if (this.state.status === 'none') throw new Error('no agreement');
    return this.state;
  }

  get at(): string {
    return `${this.agreement.status}.${this.agreement.step}`;
  }
}

function createdOnly(): AgreementState {
  return decide(sample('CreateDraftAgreement'), initialAgreementState, {
    actor: DRAFTER,
    now: START,
  }).reduce(evolve, initialAgreementState);
}

describe('approval chains', () => {
  describe('given a step for all of the named users', () => {
    it('stays awaiting approval until every one of them approved', () => {
      const approval = new Approval(policy(named(['lan', 'minh'], { kind: 'all' })));

      expect(approval.approve(lan).map((e) => e.type)).toEqual(['ApprovalDecisionRecorded']);
      expect(approval.at).toBe('draft.awaiting_approval');

      expect(approval.approve(minh).map((e) => e.type)).toEqual([
        'ApprovalDecisionRecorded',
        'DraftApproved',
      ]);
      expect(approval.at).toBe('draft.approved');
    });

    it('refuses an official who is not named', () => {
      const approval = new Approval(policy(named(['lan', 'minh'], { kind: 'all' })));
      expect(approval.refusal(() => approval.approve(olga))?.code).toBe(
        AgreementErrorCode.NotAnApprover,
      );
    });
  });

  describe('given a step for any 2 officials', () => {
    it('completes with the second distinct official', () => {
      const approval = new Approval(policy(anyOfficial(2)));
      approval.approve(lan);
      expect(approval.at).toBe('draft.awaiting_approval');
      approval.approve(olga);
      expect(approval.at).toBe('draft.approved');
    });

    it('does not let one official count twice', () => {
      const approval = new Approval(policy(anyOfficial(2)));
      approval.approve(lan);
      expect(approval.refusal(() => approval.approve(lan))?.code).toBe(
        AgreementErrorCode.AlreadyDecided,
      );
    });
  });

  describe('given ordered steps', () => {
    const twoSteps = policy(
      named(['lan'], { kind: 'all' }, 2),
      named(['minh'], { kind: 'all' }, 3),
    );

    it('lets only the current step decide, and each step in turn', () => {
      const approval = new Approval(twoSteps);
      expect(approval.refusal(() => approval.approve(minh))?.code).toBe(
        AgreementErrorCode.NotAnApprover,
      );
      approval.approve(lan);
      expect(approval.agreement.approval && currentStep(approval.agreement.approval)?.index).toBe(
        1,
      );
      approval.approve(minh);
      expect(approval.at).toBe('draft.approved');
    });

    it('dates each step from when it became current, plus its deadline in days', () => {
      const approval = new Approval(twoSteps);
      const run = () => {
        const running = approval.agreement.approval;
        if (running === undefined) throw new Error('no approval');
        return approvalProgress(running);
      };
      expect(run().map((step) => step.dueAt)).toEqual(['2026-11-25T09:00:00.000Z', null]);

      approval.approve(lan, undefined, LATER);
      expect(run().map((step) => step.dueAt)).toEqual([
        '2026-11-25T09:00:00.000Z',
        '2026-11-27T10:00:00.000Z',
      ]);
    });
  });

  describe('given a substitute', () => {
    const lanAway = (from: string, to: string): Delegation => ({
      id: 'delegation-1',
      delegatorId: 'lan',
      delegatorRole: 'official',
      substituteId: 'hana',
      from,
      to,
    });

    it('counts their decision within the period for the delegator, on behalf of them', () => {
      const approval = new Approval(policy(named(['lan'], { kind: 'all' })));
      const events = approval.approve(
        hana,
        context({ delegations: [lanAway('2026-11-24', '2026-11-30')] }),
      );
      expect(events[0]).toMatchObject({
        type: 'ApprovalDecisionRecorded',
        data: { decidedBy: 'hana', onBehalfOf: 'lan' },
      });
      expect(approval.at).toBe('draft.approved');
    });

    it('refuses their decision outside the period', () => {
      const approval = new Approval(policy(named(['lan'], { kind: 'all' })));
      const attempt = () =>
        approval.approve(hana, context({ delegations: [lanAway('2026-11-25', '2026-11-30')] }));
      expect(approval.refusal(attempt)?.code).toBe(AgreementErrorCode.NotAnApprover);
    });

    it('records a rejection by the substitute on behalf of the delegator too', () => {
      const approval = new Approval(policy(named(['lan'], { kind: 'all' })));
      const events = approval.run(
        {
          type: 'ReturnDraftForChanges',
          data: { comment: 'Thiếu ngân sách', intent: 'changes_requested' },
        },
        hana,
        LATER,
        context({ delegations: [lanAway('2026-11-01', '2026-11-30')] }),
      );
      expect(events).toEqual([
        {
          type: 'DraftReturnedForChanges',
          data: {
            comment: 'Thiếu ngân sách',
            intent: 'changes_requested',
            step: 0,
            decidedBy: 'hana',
            onBehalfOf: 'lan',
          },
        },
      ]);
      expect(approval.at).toBe('draft.editing');
      expect(approval.agreement.approval?.outcome).toBe('changes_requested');
    });
  });

  describe('four eyes and observers', () => {
    it('refuses the drafter, even when named in the policy', () => {
      const drafterAsOfficial: Actor = { userId: DRAFTER.userId, role: 'official' };
      const approval = new Approval(
        policy(named([DRAFTER.userId, 'lan'], { kind: 'any', count: 1 })),
      );
      expect(approval.refusal(() => approval.approve(drafterAsOfficial))?.code).toBe(
        AgreementErrorCode.SelfApprovalForbidden,
      );
    });

    it('refuses a substitute deciding for the drafter', () => {
      const approval = new Approval(
        policy(named([DRAFTER.userId, 'lan'], { kind: 'any', count: 1 })),
      );
      const forDrafter: Delegation = {
        id: 'd',
        delegatorId: DRAFTER.userId,
        delegatorRole: 'official',
        substituteId: 'hana',
        from: '2026-11-01',
        to: '2026-12-31',
      };
      expect(
        approval.refusal(() => approval.approve(hana, context({ delegations: [forDrafter] })))
          ?.code,
      ).toBe(AgreementErrorCode.NotAnApprover);
    });

    it('lets an observer follow but not act, even when their role could approve', () => {
      const approval = new Approval(policy(anyOfficial(1)));
      const observed = context({ observers: ['olga'] });
      expect(approval.refusal(() => approval.approve(olga, observed))?.code).toBe(
        AgreementErrorCode.ObserverCannotAct,
      );
      expect(
        approval.refusal(() =>
          approval.run(
            { type: 'ReturnDraftForChanges', data: { comment: 'No' } },
            olga,
            LATER,
            observed,
          ),
        )?.code,
      ).toBe(AgreementErrorCode.ObserverCannotAct);
    });
  });

  describe('the policy snapshot', () => {
    it('is carried by the submission and decides the approval, whatever the policy says later', () => {
      const approval = new Approval(policy(named(['lan', 'minh'], { kind: 'all' })));
      expect(approval.events[1]).toMatchObject({
        type: 'AgreementSubmittedForApproval',
        data: {
          policy: { steps: [{ approvers: { userIds: ['lan', 'minh'] } }] },
          startedAt: START,
        },
      });

      // An admin relaxes the policy to any one official while the approval runs.
      const relaxed = context({ policies: [policy(anyOfficial(1))] });
      approval.approve(lan, relaxed);
      expect(approval.at).toBe('draft.awaiting_approval');
      expect(approval.refusal(() => approval.approve(olga, relaxed))?.code).toBe(
        AgreementErrorCode.NotAnApprover,
      );
    });

    it('is the default (any one official, five days) when no policy was saved', () => {
      const events = decide(sample('SubmitForApproval'), createdOnly(), {
        actor: DRAFTER,
        now: START,
      });
      expect(events).toEqual([
        {
          type: 'AgreementSubmittedForApproval',
          data: {
            policy: {
              agreementType: 'mou',
              purpose: 'draft',
              steps: [
                {
                  approvers: { kind: 'role', role: 'official' },
                  rule: { kind: 'any', count: 1 },
                  deadlineDays: 5,
                },
              ],
            },
            startedAt: START,
          },
        },
      ]);
    });
  });
});
