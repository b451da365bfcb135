import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, queryOf } from '@/test/fake-api';
import { aPage } from '@/test/fixtures';
import { anOccurrenceRow, managerRef } from '@/test/commitment-fixtures';
import { mountPage, settle } from '@/test/mount-page';
import CommitmentsPage from './index.vue';

const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

describe('the commitments page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reads its filters from the URL and highlights overdue occurrences', async () => {
    const api = fakeApi({
      'GET /api/commitments': {
        body: aPage([
          anOccurrenceRow(),
          anOccurrenceRow({ periodKey: '2099-01-01', dueOn: '2099-01-01', overdue: false }),
        ]),
      },
    });
    await mountPage(CommitmentsPage, {
      path: '/commitments?kind=training&overdue=true&page=2',
      user: managerRef,
    });
    await settle();
    expect(Object.fromEntries(queryOf(api.requests[0]!))).toMatchObject({
      kind: 'training',
      overdue: 'true',
      page: '2',
    });
    const rows = document.querySelectorAll('[data-testid="commitments-table"] tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.classList.contains('is-overdue')).toBe(true);
    expect(rows[1]?.classList.contains('is-overdue')).toBe(false);
    expect(rows[0]?.textContent).toContain('Table-tennis training camp in Japan');
  });

  it("names each row's agreement in the language given first when the UI language is not among them", async () => {
    fakeApi({ 'GET /api/commitments': { body: aPage([anOccurrenceRow()]) } });
    await mountPage(CommitmentsPage, { path: '/commitments', user: managerRef });
    await settle();
    const row = document.querySelector('[data-testid="commitments-table"] tbody tr');
    expect(row?.textContent).toContain('Biên bản ghi nhớ hợp tác thể thao');
    expect(row?.textContent).not.toContain('スポーツ協力に関する覚書');
  });

  it("shows the dashboard's 'still to do' filter and drops it when closed", async () => {
    const api = fakeApi({ 'GET /api/commitments': { body: aPage([anOccurrenceRow()]) } });
    const { router } = await mountPage(CommitmentsPage, {
      path: '/commitments?open=true&dueFrom=2026-09-20&dueTo=2026-10-20',
      user: managerRef,
    });
    await settle();
    expect(Object.fromEntries(queryOf(api.requests[0]!))).toMatchObject({
      open: 'true',
      dueFrom: '2026-09-20',
      dueTo: '2026-10-20',
    });
    expect(find('filter-open')?.textContent).toContain('Still to do');
    find('filter-open')?.querySelector<HTMLElement>('.el-tag__close')?.click();
    await settle();
    expect(router.currentRoute.value.query).toEqual({ dueFrom: '2026-09-20', dueTo: '2026-10-20' });
  });

  it('keeps a new filter in the URL and goes back to page 1', async () => {
    fakeApi({ 'GET /api/commitments': { body: aPage([anOccurrenceRow()]) } });
    const { router } = await mountPage(CommitmentsPage, {
      path: '/commitments?page=3',
      user: managerRef,
    });
    await settle();
    find('filter-mine')?.querySelector('input')?.click();
    await settle();
    expect(router.currentRoute.value.query).toEqual({ owner: managerRef.id });
  });

  it('says so when nothing matches, in the language of the page', async () => {
    fakeApi({ 'GET /api/commitments': { body: aPage([]) } });
    await mountPage(CommitmentsPage, {
      path: '/commitments?status=missed',
      user: managerRef,
      locale: 'vi',
    });
    await settle();
    expect(find('commitments-empty')?.textContent).toContain(
      'Không có lần thực hiện nào khớp bộ lọc.',
    );
  });

  it('keeps status and owner on screen at a tablet’s width, kind and partner under the title', async () => {
    // jsdom lays nothing out: say the window is 820 px wide, as a tablet held upright.
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(max-width: 1100px)',
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    try {
      fakeApi({ 'GET /api/commitments': { body: aPage([anOccurrenceRow()]) } });
      await mountPage(CommitmentsPage, { path: '/commitments', user: managerRef });
      await settle();
      const headers = [...document.querySelectorAll('[data-testid="commitments-table"] th')].map(
        (th) => th.textContent?.trim(),
      );
      expect(headers).toEqual(['Due', 'Commitment', 'Owner', 'Status']);
      const facts = find('row-facts')?.textContent?.replace(/\s+/g, ' ').trim();
      expect(facts).toBe('Training · FAVIJA');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
