import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { fakeApi, queryOf } from '@/test/fake-api';
import { aCalendar, DASHBOARD, NOTHING_DUE } from '@/test/dashboard-fixtures';
import { managerRef } from '@/test/commitment-fixtures';
import { mountPage, settle } from '@/test/mount-page';
import DashboardPage from './index.vue';

// jsdom has no canvas: the chart stands in as a box whose click is the first bar's first segment.
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    emits: ['click'],
    setup(_, { emit, attrs }) {
      return () =>
        h('div', {
          ...attrs,
          'data-testid': 'echart',
          onClick: () => emit('click', { seriesIndex: 0, dataIndex: 0 }),
        });
    },
  }),
}));

const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const hrefOf = (testId: string) => find(testId)?.getAttribute('href') ?? '';

describe('the dashboard page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const routes = (view = DASHBOARD) => ({
    'GET /api/dashboard': { body: view },
    'GET /api/dashboard/calendar': (request: { url: string }) => ({
      body: aCalendar(new URLSearchParams(request.url.split('?')[1]).get('month') ?? ''),
    }),
  });

  it('shows the counts, each a link to the list behind it with the dashboard filters', async () => {
    const api = fakeApi(routes());
    await mountPage(DashboardPage, { path: '/dashboard?country=JP', user: managerRef });
    await settle();
    expect(Object.fromEntries(queryOf(api.requests[0]!))).toEqual({ country: 'JP' });
    expect(find('count-overdue')?.textContent).toBe('3');
    expect(find('count-due-soon')?.textContent).toBe('2');
    expect(hrefOf('card-overdue')).toBe('/commitments?country=JP&overdue=true');
    expect(hrefOf('card-due-soon')).toBe(
      '/commitments?country=JP&open=true&dueFrom=2026-09-20&dueTo=2026-10-20',
    );
    expect(hrefOf('expiring-90')).toBe('/agreements?country=JP&expiresWithinDays=90');
    expect(hrefOf('waiting-draft-awaiting_approval')).toBe(
      '/agreements?status=draft&step=awaiting_approval&country=JP',
    );
    expect(find('waiting-draft-awaiting_approval')?.textContent).toContain(
      'Draft · Awaiting approval',
    );
    // The only step of a status does not repeat it ("Under review · Under review").
    expect(find('waiting-review-under_review')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '1 Under review',
    );
    expect(hrefOf('bucket-partner-KSOC-dueSoon')).toBe(
      '/commitments?partner=KSOC&country=JP&open=true&dueFrom=2026-09-20&dueTo=2026-10-20',
    );
    expect(hrefOf('bucket-owner-u-manager-overdue')).toBe(
      '/commitments?country=JP&owner=u-manager&overdue=true',
    );
    // A commitment owed by both sides counts under each partner: the page says so.
    expect(find('chart-note-partner')?.textContent).toContain('each partner');
    expect(find('chart-note-kind')).toBeNull();
  });

  it('opens the list behind a chart segment', async () => {
    fakeApi(routes());
    const { router } = await mountPage(DashboardPage, { path: '/dashboard', user: managerRef });
    await settle();
    find('chart-kind')?.querySelector<HTMLElement>('[data-testid="echart"]')?.click();
    await settle();
    expect(router.currentRoute.value.name).toBe('commitments');
    expect(router.currentRoute.value.query).toEqual({ kind: 'training', overdue: 'true' });
  });

  it('keeps a filter and the calendar month in the URL, and pages the calendar', async () => {
    const api = fakeApi(routes());
    const { router } = await mountPage(DashboardPage, {
      path: '/dashboard?month=2026-10',
      user: managerRef,
    });
    await settle();
    expect(find('calendar-title')?.textContent?.trim()).toBe('October 2026');
    expect(find('calendar-entry-review_due')?.textContent?.trim()).toBe('Review: FAVIJA MoU');
    expect(find('calendar-entry-review_due')?.getAttribute('href')).toBe('/agreements/a-2');
    find('calendar-next')?.click();
    await settle();
    expect(router.currentRoute.value.query).toEqual({ month: '2026-11' });
    find('dashboard-calendar')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp' }));
    await settle();
    expect(router.currentRoute.value.query).toEqual({ month: '2026-10' });
    find('dashboard-filter-mine')?.querySelector('input')?.click();
    await settle();
    expect(router.currentRoute.value.query).toEqual({ month: '2026-10', owner: managerRef.id });
    const months = api.requests
      .filter((request) => request.url.startsWith('/api/dashboard/calendar'))
      .map((request) => queryOf(request).get('month'));
    expect(months).toContain('2026-11');
  });

  it('says when nothing is due, in the language of the page', async () => {
    fakeApi(routes(NOTHING_DUE));
    await mountPage(DashboardPage, { path: '/dashboard', user: managerRef, locale: 'vi' });
    await settle();
    expect(find('dashboard-empty')?.textContent).toContain('Không có việc đến hạn hay quá hạn');
    expect(find('dashboard-waiting')?.textContent).toContain('Không có thỏa thuận nào đang xử lý.');
  });
});
