import type { AgreementReviewView, ScorecardCounts } from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { managerRef } from '@/test/commitment-fixtures';
import { mountPage, settle } from '@/test/mount-page';
import ReviewPanel from './ReviewPanel.vue';

const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

const counts = (over: Partial<ScorecardCounts>): ScorecardCounts => ({
  planned: 0,
  inProgress: 0,
  fulfilled: 0,
  partiallyFulfilled: 0,
  missed: 0,
  waived: 0,
  overdue: 0,
  total: 0,
  ...over,
});

const REVIEW: AgreementReviewView = {
  agreementId: 'a-1',
  asOf: '2026-12-20',
  status: 'review',
  step: 'under_review',
  partners: [{ name: 'FAVIJA', country: 'JP' }],
  expiresOn: '2027-01-15',
  reviewDueOn: '2026-10-17',
  assignee: { id: 'u-m', name: 'Trần Thị Mai', email: 'mai@example.vn', role: 'manager' },
  scorecard: { periods: [], totals: counts({ fulfilled: 3, overdue: 1, planned: 2, total: 6 }) },
  partnerScorecards: [
    { partner: 'FAVIJA', periods: [], totals: counts({ fulfilled: 5, missed: 2, total: 7 }) },
  ],
  partnerAgreements: [
    {
      id: 'a-0',
      title: { en: 'FAVIJA MoU 2019' },
      titleLanguages: ['en'],
      status: 'expired',
      step: 'closed',
      startsOn: '2019-01-01',
      endsOn: '2022-12-31',
      sharedPartners: ['FAVIJA'],
    },
  ],
  openItems: {
    occurrences: [
      {
        commitmentId: 'c-1',
        title: { en: 'Annual karate friendly' },
        kind: 'event',
        owedBy: 'both',
        dueOn: '2026-10-01',
        status: 'planned',
        overdue: true,
        owner: { id: 'u-m', name: 'Trần Thị Mai' },
      },
    ],
    approvals: [],
    amendments: [{ number: 1, reason: 'Add volleyball', proposedAt: '2026-12-19T09:00:00.000Z' }],
  },
};

describe('the renewal review panel', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the assignee, the scorecards, the partner history and the open items', async () => {
    fakeApi({ 'GET /api/agreements/a-1/review': { body: REVIEW } });
    await mountPage(ReviewPanel, {
      path: '/agreements/a-1',
      user: managerRef,
      props: { agreementId: 'a-1', version: 12 },
    });
    await settle();
    expect(find('review-assignee')?.textContent).toContain('Trần Thị Mai');
    expect(find('review-score-own')?.textContent).toContain('This agreement');
    expect(find('review-score-partner-FAVIJA')?.textContent).toContain('FAVIJA, all agreements');
    expect(find('review-partner-agreements')?.textContent).toContain('FAVIJA MoU 2019');
    expect(find('review-overdue')?.textContent).toContain('Annual karate friendly');
    expect(find('review-open-items')?.textContent).toContain('Amendment 1');
  });

  it('shows every outcome column of the scorecard, so a row adds up to its total', async () => {
    fakeApi({ 'GET /api/agreements/a-1/review': { body: REVIEW } });
    await mountPage(ReviewPanel, {
      path: '/agreements/a-1',
      user: managerRef,
      props: { agreementId: 'a-1', version: 12 },
    });
    await settle();
    const own = find('review-score-own');
    const cells = [...(own?.querySelectorAll('td') ?? [])].map((cell) => Number(cell.textContent));
    const total = cells.at(-1) ?? -1;
    expect(cells.slice(0, -1).reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(total).toBe(6);
  });

  it('says so when the review starts unassigned and nothing is open', async () => {
    fakeApi({
      'GET /api/agreements/a-1/review': {
        body: {
          ...REVIEW,
          assignee: null,
          partnerAgreements: [],
          openItems: { occurrences: [], approvals: [], amendments: [] },
        },
      },
    });
    await mountPage(ReviewPanel, {
      path: '/agreements/a-1',
      user: managerRef,
      props: { agreementId: 'a-1', version: 12 },
    });
    await settle();
    expect(find('review-assignee')?.textContent).toContain('Not assigned');
    expect(find('review-open-items')).toBeNull();
    expect(find('review-panel')?.textContent).toContain('No other agreements with these partners.');
  });
});
