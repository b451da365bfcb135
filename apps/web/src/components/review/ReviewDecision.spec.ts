import type {
  AgreementAction,
  AgreementApprovalResponse,
  ApprovalInboxItem,
} from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { aDetail, anEvent, manager, official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import InboxPage from '@/views/approvals/inbox/index.vue';
import AgreementPage from '@/views/agreements/detail/index.vue';

/** The renewal review's decision, proposed and then approved under the review policy. */

const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

const review = {
  agreementId: 'a-1',
  asOf: '2026-12-20',
  status: 'review',
  step: 'under_review',
  partners: [],
  expiresOn: '2027-03-14',
  reviewDueOn: '2026-12-14',
  assignee: null,
  scorecard: {
    byYear: [],
    totals: {
      planned: 0,
      inProgress: 0,
      fulfilled: 0,
      partial: 0,
      missed: 0,
      waived: 0,
      overdue: 0,
      total: 0,
    },
  },
  partnerScorecards: [],
  partnerAgreements: [],
  openItems: { occurrences: [], approvals: [], amendments: [] },
};

function awaitingApproval(): AgreementApprovalResponse {
  return {
    approval: {
      purpose: 'review',
      outcome: null,
      startedAt: '2026-12-20T08:00:00.000Z',
      round: null,
      comparedWithRound: null,
      changedClauses: null,
      proposal: {
        decision: 'renew',
        endsOn: '2032-03-14',
        months: 60,
        reviewDueOn: '2031-12-14',
        comment: 'Các trại huấn luyện hiệu quả',
        proposedBy: manager,
        proposedAt: '2026-12-20T08:00:00.000Z',
      },
      steps: [
        {
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
          dueAt: '2026-12-25T08:00:00.000Z',
        },
      ],
      mayDecide: true,
      onBehalfOf: null,
    },
    observers: [],
  };
}

async function openAgreement(
  step: 'under_review' | 'awaiting_decision',
  allowedActions: AgreementAction[],
) {
  const detail = aDetail({ status: 'review', step, version: 12, allowedActions });
  fakeApi({
    'GET /api/agreements/a-1': { body: detail, headers: { ETag: '"12"' } },
    'GET /api/agreements/a-1/events': {
      body: [
        anEvent(),
        anEvent({
          position: '2',
          version: 2,
          type: 'ReviewDecisionProposed',
          data: {
            decision: 'renew',
            endsOn: '2032-03-14',
            comment: 'Các trại huấn luyện hiệu quả',
          },
        }),
      ],
    },
    'GET /api/agreements/a-1/review': { body: { ...review, step } },
    'GET /api/agreements/a-1/approval': {
      body: step === 'awaiting_decision' ? awaitingApproval() : { approval: null, observers: [] },
    },
  });
  const { wrapper } = await mountPage(AgreementPage, {
    path: '/agreements/a-1',
    user: official,
    props: { id: 'a-1' },
  });
  await settle();
  return wrapper;
}

// The first mount of the agreement page opens a dialog too: past 5 s on a busy machine.
describe('the review decision on the agreement page', { timeout: 20_000 }, () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('offers to propose renewing, letting expire or terminating while undecided', async () => {
    const wrapper = await openAgreement('under_review', ['renew', 'expire', 'terminate']);
    expect(find('action-renew')?.textContent?.trim()).toBe('Propose: renew');
    expect(find('action-expire')?.textContent?.trim()).toBe('Propose: let expire');
    expect(find('action-terminate')?.textContent?.trim()).toBe('Propose: terminate');
    find('action-renew')?.click();
    await settle();
    expect(find('action-dialog')?.textContent).toContain(
      'The renewal takes effect once the review approval policy approves it.',
    );
    wrapper.unmount();
  });

  it('shows who proposed what and why, with the approval steps, while awaiting the decision', async () => {
    const wrapper = await openAgreement('awaiting_decision', ['approve', 'reject']);
    expect(find('review-proposal-decision')?.textContent?.trim()).toMatch(
      /^Renew by 60 months, until .*2032/,
    );
    expect(find('review-proposal-why')?.textContent).toContain('Các trại huấn luyện hiệu quả');
    expect(find('review-proposal-by')?.textContent).toContain(`Proposed by ${manager.name}`);
    expect(find('approval-steps')).not.toBeNull();
    const proposedEvent = document.querySelector(
      '[data-testid="timeline-event"][data-event-type="ReviewDecisionProposed"]',
    );
    expect(proposedEvent?.textContent).toContain('Review decision proposed');
    expect(proposedEvent?.textContent?.replace(/\s+/g, ' ')).toMatch(/Decision:? ?Renew/);
    expect(find('action-approve')?.textContent?.trim()).toBe('Approve decision');
    expect(find('action-reject')?.textContent?.trim()).toBe('Reject decision');
    wrapper.unmount();
  });
});

describe('review decisions in the approvals inbox', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('names the purpose and the decision proposed', async () => {
    const item: ApprovalInboxItem = {
      agreementId: 'a-1',
      title: { en: 'MoU with FAVIJA' },
      titleLanguages: ['en'],
      type: 'mou',
      version: 12,
      purpose: 'review',
      amendment: null,
      step: 0,
      stepCount: 1,
      dueAt: '2026-12-25T08:00:00.000Z',
      overdue: false,
      onBehalfOf: null,
      changes: null,
      decision: 'expire',
    };
    fakeApi({ 'GET /api/approvals/inbox': { body: [item] } });
    const { wrapper } = await mountPage(InboxPage, { path: '/approvals', user: official });
    await settle();
    expect(wrapper.find('[data-testid="inbox-purpose"]').text()).toBe(
      'Review decision · Let expire',
    );
    wrapper.unmount();
  });
});
