import type { AuditEventView, AuditEventsPage } from '@concordat/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, queryOf, type RecordedRequest } from '@/test/fake-api';
import { auditor, official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import AuditLogPage from './index.vue';

const AGREEMENT = '0b6f3c1e-58a4-4c1e-9d7e-2f6c0a9b1d42';
const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const rows = () => document.querySelectorAll('[data-testid="audit-table"] tbody tr');

function anEvent(overrides: Partial<AuditEventView> = {}): AuditEventView {
  return {
    position: '12',
    occurredAt: '2026-11-20T09:14:03.120Z',
    streamId: AGREEMENT,
    version: 3,
    type: 'AgreementDetailsEdited',
    actor: { id: 'u-manager', name: 'Lê Minh Châu', role: 'manager' },
    onBehalfOf: null,
    agreement: {
      id: AGREEMENT,
      title: {
        vi: 'Biên bản ghi nhớ hợp tác thể thao',
        ru: 'Меморандум о спортивном сотрудничестве',
      },
      titleLanguages: ['vi', 'ru'],
    },
    payload: { endsOn: '2028-01-01' },
    hash: '5c0e0d3f9f4b0c8e2a7d1b6e3f9a8c7d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
    globalHash: '9a1f0b7c3d2e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a',
    changes: [{ field: 'endsOn', from: '2027-01-01', to: '2028-01-01' }],
    ...overrides,
  };
}

const decision = anEvent({
  position: '11',
  type: 'ApprovalDecisionRecorded',
  actor: { id: 'u-sub', name: 'Trần Thị Mai', role: 'official' },
  onBehalfOf: { id: 'u-official', name: 'Nguyễn Văn An' },
  changes: [
    { field: 'decision', to: 'approved' },
    { field: 'comment', to: 'Đồng ý' },
    { field: 'title.vi', from: 'Hợp tác', to: 'Hợp tác thể thao' },
  ],
});

const page = (items: AuditEventView[], nextCursor: string | null = null): AuditEventsPage => ({
  items,
  nextCursor,
});

function auditApi(pages: AuditEventsPage[]) {
  let call = 0;
  return fakeApi({
    'GET /api/audit/events': () => ({ body: pages[Math.min(call++, pages.length - 1)] }),
    'GET /api/audit/actors': { body: [{ id: 'u-sub', name: 'Trần Thị Mai', role: 'official' }] },
    [`GET /api/agreements/${AGREEMENT}`]: {
      body: { id: AGREEMENT, title: { vi: 'Biên bản ghi nhớ' }, titleLanguages: ['vi'] },
    },
  });
}
const searches = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.url.startsWith('/api/audit/events'));

// Element Plus tables mount slowly on a busy machine; the first test also warms the imports.
describe('the audit log page', { timeout: 20_000 }, () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('sends the filters in the URL to the api and phrases the changes in human words', async () => {
    const api = auditApi([page([anEvent(), decision])]);
    await mountPage(AuditLogPage, {
      path: `/audit?agreementId=${AGREEMENT}&type=ApprovalDecisionRecorded&type=AgreementDetailsEdited&q=dong%20y&partner=favija&from=2026-01-01T00:00:00.000Z`,
      user: auditor,
    });
    await settle();
    const [request] = searches(api.requests);
    const sent = queryOf(request!);
    expect(sent.getAll('type')).toEqual(['ApprovalDecisionRecorded', 'AgreementDetailsEdited']);
    expect(Object.fromEntries(sent)).toMatchObject({
      agreementId: AGREEMENT,
      q: 'dong y',
      partner: 'favija',
      from: '2026-01-01T00:00:00.000Z',
      order: 'desc',
      limit: '50',
    });
    expect(rows()).toHaveLength(2);
    const [edit, approval] = [...rows()].map((row) => row.textContent ?? '');
    expect(edit).toContain('Details edited');
    expect(edit).toContain('Expiry date changed from 1 January 2027 to 1 January 2028');
    // One agreement's history: the picker names it once and links to it, the rows do not.
    expect(edit).not.toContain('Biên bản ghi nhớ hợp tác thể thao');
    expect(find('audit-open-agreement')?.getAttribute('href')).toBe(`/agreements/${AGREEMENT}`);
    expect(edit).toContain('5c0e0d3f9f…');
    expect(approval).toContain('Approval given');
    expect(approval).toContain('Trần Thị Mai');
    expect(approval).toContain('on behalf of Nguyễn Văn An');
    expect(approval).toContain('Decision: approved');
    expect(approval).toContain('Comment: Đồng ý');
    expect(approval).toContain('Title (Vietnamese) changed from Hợp tác to Hợp tác thể thao');
  });

  it('phrases changes in Vietnamese and in Russian', async () => {
    auditApi([page([anEvent(), decision])]);
    await mountPage(AuditLogPage, { path: '/audit', user: auditor, locale: 'vi' });
    await settle();
    expect(rows()[0]?.textContent).toContain('Biên bản ghi nhớ hợp tác thể thao');
    expect(find('audit-open-agreement')).toBeNull();
    expect(rows()[0]?.textContent).toContain('Ngày hết hạn đổi từ');
    expect(rows()[1]?.textContent).toContain('thay mặt Nguyễn Văn An');
    document.body.innerHTML = '';
    auditApi([page([anEvent(), decision])]);
    await mountPage(AuditLogPage, { path: '/audit', user: auditor, locale: 'ru' });
    await settle();
    expect(rows()[0]?.textContent).toContain('Дата окончания: было');
    expect(rows()[1]?.textContent).toContain('Решение: согласовано');
  });

  it('keeps a new filter in the URL and asks the api again', async () => {
    const api = auditApi([page([anEvent()])]);
    const { router } = await mountPage(AuditLogPage, { path: '/audit?q=visa', user: auditor });
    await settle();
    find('filter-order')?.querySelector<HTMLInputElement>('input')?.click();
    await settle();
    expect(router.currentRoute.value.query).toEqual({ q: 'visa', order: 'asc' });
    const last = searches(api.requests).at(-1);
    expect(Object.fromEntries(queryOf(last!))).toMatchObject({ q: 'visa', order: 'asc' });
    const exportLink = find('audit-export');
    exportLink?.click();
    // The exports page is a lazy route: the navigation ends once its chunk has loaded.
    await vi.waitFor(
      () => expect(router.currentRoute.value.fullPath).toBe('/audit/exports?q=visa&order=asc'),
      { timeout: 10_000 },
    );
  });

  it('loads the next page after the cursor and appends it', async () => {
    const api = auditApi([page([anEvent()], 'ZGVzYzoxMg'), page([decision])]);
    await mountPage(AuditLogPage, { path: '/audit', user: auditor });
    await settle();
    expect(rows()).toHaveLength(1);
    find('audit-load-more')?.click();
    await settle();
    expect(queryOf(searches(api.requests)[1]!).get('cursor')).toBe('ZGVzYzoxMg');
    expect(rows()).toHaveLength(2);
    expect(find('audit-load-more')).toBeNull();
  });

  it('shows an empty state when nothing matches', async () => {
    auditApi([page([])]);
    await mountPage(AuditLogPage, { path: '/audit?q=nothing', user: auditor });
    await settle();
    expect(find('audit-empty')?.textContent).toContain('No events match these filters.');
  });

  it('lets a reader without audit.read see one agreement only, opened from it', async () => {
    const api = auditApi([page([anEvent()])]);
    await mountPage(AuditLogPage, { path: '/audit', user: official });
    await settle();
    expect(find('audit-agreement-only')).not.toBeNull();
    expect(searches(api.requests)).toHaveLength(0);
    expect(find('audit-export')).toBeNull();
    document.body.innerHTML = '';
    const scoped = auditApi([page([anEvent()])]);
    await mountPage(AuditLogPage, { path: `/audit?agreementId=${AGREEMENT}`, user: official });
    await settle();
    expect(queryOf(searches(scoped.requests)[0]!).get('agreementId')).toBe(AGREEMENT);
    expect(rows()).toHaveLength(1);
    expect(scoped.requests.some((request) => request.url.startsWith('/api/audit/actors'))).toBe(
      false,
    );
  });
});
