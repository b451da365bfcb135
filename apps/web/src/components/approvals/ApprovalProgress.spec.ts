import type {
  AgreementApprovalResponse,
  AgreementApprovalView,
  ApprovalStepView,
} from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import ApprovalProgress from './ApprovalProgress.vue';

const lan = { ...official, id: 'u-lan', name: 'Nguyễn Thị Lan' };

function aStep(overrides: Partial<ApprovalStepView> = {}): ApprovalStepView {
  return {
    index: 0,
    step: {
      approvers: { kind: 'role', role: 'official' },
      rule: { kind: 'any', count: 1 },
      deadlineDays: 5,
    },
    approvers: [],
    decisions: [],
    remaining: 1,
    complete: false,
    current: true,
    dueAt: null,
    ...overrides,
  };
}

function aClearance(overrides: Partial<AgreementApprovalView>): AgreementApprovalResponse {
  return {
    approval: {
      purpose: 'clearance',
      outcome: null,
      startedAt: '2026-12-01T08:00:00.000Z',
      round: 2,
      comparedWithRound: null,
      changedClauses: null,
      proposal: null,
      steps: [aStep()],
      mayDecide: false,
      onBehalfOf: null,
      ...overrides,
    },
    observers: [],
  };
}

async function mountWith(response: AgreementApprovalResponse) {
  fakeApi({ 'GET /api/agreements/a-1/approval': { body: response } });
  const { wrapper } = await mountPage(ApprovalProgress, {
    path: '/agreements/a-1',
    user: official,
    props: { agreementId: 'a-1', version: 9 },
  });
  await settle();
  return wrapper;
}

describe('the approval panel of a clearance asked again after a refusal', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('marks approvals carried over from the refused clearance', async () => {
    const wrapper = await mountWith(
      aClearance({
        comparedWithRound: 2,
        changedClauses: [],
        steps: [
          aStep({
            complete: true,
            current: false,
            remaining: 0,
            decisions: [
              {
                decidedBy: lan,
                onBehalfOf: null,
                comment: 'Kinh phí phù hợp',
                decidedAt: '2026-11-24T10:00:00.000Z',
                carried: true,
              },
            ],
          }),
          aStep({ index: 1 }),
        ],
      }),
    );

    expect(wrapper.find('[data-testid="decision-carried"]').text()).toBe(
      'Approved earlier, carried over',
    );
    expect(wrapper.find('[data-testid="reapproval"]').text()).toContain(
      'No clause changed since the text of round 2',
    );
    wrapper.unmount();
  });

  it('names the changed clauses and links to the diff of the two frozen versions', async () => {
    const wrapper = await mountWith(aClearance({ comparedWithRound: 1, changedClauses: ['2'] }));

    expect(wrapper.find('[data-testid="reapproval"]').text()).toContain(
      'clauses 2 changed since the text of round 1',
    );
    expect(wrapper.find('[data-testid="reapproval-diff"]').attributes('href')).toBe(
      '/agreements/a-1/text/diff?from=1&to=2',
    );
    expect(wrapper.find('[data-testid="decision-carried"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('says nothing about earlier runs when the policy asks everyone again', async () => {
    const wrapper = await mountWith(aClearance({}));
    expect(wrapper.find('[data-testid="reapproval"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
