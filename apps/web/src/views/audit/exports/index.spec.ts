import type { ExportView, Page } from '@concordat/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, queryOf } from '@/test/fake-api';
import { aDetail, auditor, manager } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import ExportsPage from './index.vue';

const AGREEMENT = '0b6f3c1e-58a4-4c1e-9d7e-2f6c0a9b1d42';

function exportOf(overrides: Partial<ExportView>): ExportView {
  return {
    id: '5f0c8a4e-2b1d-4c3e-9f7a-6d5e4c3b2a19',
    format: 'jsonl',
    filters: { agreementId: AGREEMENT },
    agreementTitle: { en: 'FAVIJA sports cooperation', ja: 'スポーツ協力覚書' },
    agreementTitleLanguages: ['en', 'ja'],
    language: 'en',
    scope: 'streams',
    status: 'completed',
    progress: { rows: 42, totalRows: 42 },
    error: null,
    files: [{ name: 'events.jsonl', sha256: 'a'.repeat(64), bytes: 48_211, rows: 42 }],
    bytes: 48_211,
    requestedBy: { id: auditor.id, name: auditor.name },
    requestedAt: '2026-11-23T16:30:00.000Z',
    finishedAt: '2026-11-23T16:30:02.000Z',
    expiresAt: '2026-11-30T16:30:02.000Z',
    manifestUrl: '/api/exports/5f0c8a4e-2b1d-4c3e-9f7a-6d5e4c3b2a19/manifest.json',
    ...overrides,
  };
}

const pageOf = (items: ExportView[]): Page<ExportView> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

describe('exports page', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('names the agreement in the order its title was given when the reader’s language is missing', async () => {
    const title = { ja: 'スポーツ協力覚書', vi: 'Biên bản ghi nhớ hợp tác thể thao' };
    fakeApi({
      'GET /api/exports': {
        body: pageOf([exportOf({ agreementTitle: title, agreementTitleLanguages: ['vi', 'ja'] })]),
      },
    });
    const { wrapper } = await mountPage(ExportsPage, { path: '/audit/exports', user: auditor });
    await settle();
    const table = wrapper.find('[data-testid="exports-table"]').text();
    expect(table).toContain('Biên bản ghi nhớ hợp tác thể thao');
    expect(table).not.toContain('スポーツ協力覚書');
  });

  it('lists exports with their status, size and downloads of every file and the manifest', async () => {
    fakeApi({ 'GET /api/exports': { body: pageOf([exportOf({})]) } });
    const { wrapper } = await mountPage(ExportsPage, { path: '/audit/exports', user: auditor });
    await settle();
    const table = wrapper.find('[data-testid="exports-table"]');
    expect(table.text()).toContain('JSON Lines');
    expect(table.text()).toContain('Ready');
    expect(table.text()).toContain('48.2 kB');
    expect(table.text()).toContain('FAVIJA sports cooperation');
    const links = wrapper.findAll('[data-testid="export-download"]');
    expect(links.map((link) => link.attributes('href'))).toEqual([
      '/api/exports/5f0c8a4e-2b1d-4c3e-9f7a-6d5e4c3b2a19/files/events.jsonl',
    ]);
    expect(wrapper.find('[data-testid="export-manifest"]').attributes('href')).toBe(
      '/api/exports/5f0c8a4e-2b1d-4c3e-9f7a-6d5e4c3b2a19/manifest.json',
    );
    wrapper.unmount();
  });

  it('on a narrow screen keeps the downloads in view: format with the events, size and expiry with the files', async () => {
    const wide = window.matchMedia;
    window.matchMedia = (query: string) =>
      ({ ...wide(query), matches: query === '(max-width: 1200px)' }) as MediaQueryList;
    try {
      fakeApi({ 'GET /api/exports': { body: pageOf([exportOf({})]) } });
      const { wrapper } = await mountPage(ExportsPage, { path: '/audit/exports', user: auditor });
      await settle();
      const headers = wrapper.findAll('[data-testid="exports-table"] th').map((th) => th.text());
      expect(headers).toEqual(['Requested', 'Events', 'Status', 'Events', 'Files']);
      const cells = wrapper
        .findAll('[data-testid="exports-table"] tbody td')
        .map((td) => td.text());
      expect(cells[1]).toMatch(/^JSON Lines\s*FAVIJA sports cooperation$/);
      expect(cells[4]).toContain('48.2 kB');
      expect(cells[4]).toContain('Kept until 30 Nov 2026');
      wrapper.unmount();
    } finally {
      window.matchMedia = wide;
    }
  });

  it('shows progress while running, polls until done, and cancels', async () => {
    const running = exportOf({
      status: 'running',
      progress: { rows: 1_000, totalRows: 4_000 },
      files: [],
      bytes: 0,
      manifestUrl: null,
    });
    let calls = 0;
    const api = fakeApi({
      'GET /api/exports': () => {
        calls += 1;
        return { body: pageOf([calls < 2 ? running : exportOf({})]) };
      },
      [`POST /api/exports/${running.id}/cancel`]: { body: { ...running, status: 'cancelled' } },
    });
    const { wrapper } = await mountPage(ExportsPage, { path: '/audit/exports', user: auditor });
    await settle();
    expect(wrapper.find('[data-testid="export-progress"]').text()).toContain('25%');
    expect(wrapper.text()).toContain('1,000 of 4,000');
    await wrapper.find('[data-testid="export-cancel"]').trigger('click');
    await settle();
    expect(api.requests.some((r) => r.method === 'POST' && r.url.endsWith('/cancel'))).toBe(true);
    // The poll (or the reload after cancelling) brings the finished state.
    await settle(1_700);
    expect(wrapper.find('[data-testid="export-progress"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Ready');
    wrapper.unmount();
  });

  it('opens the new-export dialog prefilled from the audit log filters and sends them', async () => {
    const api = fakeApi({
      'GET /api/exports': { body: pageOf([]) },
      'POST /api/exports': { status: 202, body: exportOf({ status: 'queued' }) },
    });
    const { wrapper } = await mountPage(ExportsPage, {
      path: `/audit/exports?agreementId=${AGREEMENT}&type=AgreementDrafted&type=DraftApproved&q=FAVIJA`,
      user: manager,
      locale: 'ja',
    });
    await settle();
    const filters = document.querySelector('[data-testid="export-dialog-filters"]');
    expect(filters?.textContent).toContain('協定 0b6f3c1e');
    expect(filters?.textContent).toContain('種類：草案を作成または草案を承認');
    expect(document.body.textContent).toContain('証拠パッケージ（ZIP）');
    const evidence = [
      ...document.querySelectorAll<HTMLInputElement>('[data-testid="export-formats"] input'),
    ].find((input) => input.value === 'evidence-pack');
    evidence?.click();
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="export-submit"]')?.click();
    await settle();
    const post = api.requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      format: 'evidence-pack',
      filters: { agreementId: AGREEMENT, type: ['AgreementDrafted', 'DraftApproved'], q: 'FAVIJA' },
      language: 'ja',
    });
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    wrapper.unmount();
  });

  it('names the agreement to export by its title, in the agreement’s own language order', async () => {
    fakeApi({
      'GET /api/exports': { body: pageOf([]) },
      [`GET /api/agreements/${AGREEMENT}`]: {
        body: aDetail({
          id: AGREEMENT,
          title: { ja: 'スポーツ協力覚書', vi: 'Biên bản ghi nhớ hợp tác thể thao' },
          titleLanguages: ['vi', 'ja'],
        }),
        headers: { ETag: '"1"' },
      },
    });
    const { wrapper } = await mountPage(ExportsPage, {
      path: `/audit/exports?agreementId=${AGREEMENT}`,
      user: auditor,
    });
    await settle();
    const filters = document.querySelector('[data-testid="export-dialog-filters"]');
    expect(filters?.textContent?.trim()).toBe('Biên bản ghi nhớ hợp tác thể thao');
    wrapper.unmount();
  });

  it('tells a manager to pick one agreement, and offers everyone’s exports only to auditors', async () => {
    const api = fakeApi({ 'GET /api/exports': { body: pageOf([]) } });
    const { wrapper } = await mountPage(ExportsPage, {
      path: '/audit/exports?partner=FAVIJA',
      user: manager,
    });
    await settle();
    expect(document.querySelector('[data-testid="export-only-agreement"]')).not.toBeNull();
    expect(
      document.querySelector<HTMLButtonElement>('[data-testid="export-submit"]')?.disabled,
    ).toBe(true);
    expect(wrapper.find('[data-testid="exports-show-all"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="exports-empty"]').exists()).toBe(true);
    expect(queryOf(api.requests[0]!).get('all')).toBeNull();
    wrapper.unmount();
  });
});
