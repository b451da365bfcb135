import type { ApprovalInboxItem, BulkApproveResult } from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import InboxPage from './index.vue';

function anItem(overrides: Partial<ApprovalInboxItem> = {}): ApprovalInboxItem {
  return {
    agreementId: 'a-1',
    title: { en: 'MoU with FAVIJA', vi: 'Biên bản ghi nhớ với FAVIJA' },
    titleLanguages: ['vi', 'en'],
    type: 'mou',
    version: 2,
    purpose: 'draft',
    amendment: null,
    step: 0,
    stepCount: 2,
    dueAt: '2026-11-25T09:00:00.000Z',
    overdue: false,
    onBehalfOf: null,
    changes: null,
    decision: null,
    ...overrides,
  };
}

describe('approvals inbox page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists my pending steps overdue first, marked, with the step and on whose behalf', async () => {
    fakeApi({
      'GET /api/approvals/inbox': {
        body: [
          anItem({ agreementId: 'late', overdue: true, title: { vi: 'Chương trình trễ hạn' } }),
          anItem({
            agreementId: 'soon',
            step: 1,
            onBehalfOf: { ...official, id: 'u-lan', name: 'Nguyễn Thị Lan' },
          }),
        ],
      },
    });
    const { wrapper } = await mountPage(InboxPage, {
      path: '/approvals',
      user: official,
      locale: 'vi',
    });
    await settle();
    const rows = wrapper.findAll('[data-testid^="inbox-item-"]');
    expect(rows.map((row) => row.attributes('data-testid'))).toEqual([
      'inbox-item-late',
      'inbox-item-soon',
    ]);
    expect(rows[0]?.text()).toContain('Chương trình trễ hạn');
    expect(wrapper.findAll('[data-testid="overdue-tag"]')).toHaveLength(1);
    expect(wrapper.find('[data-testid="overdue-count"]').text()).toContain('1 quá hạn');
    expect(wrapper.find('[data-testid="on-behalf-of"]').text()).toBe('Thay mặt Nguyễn Thị Lan');
    expect(wrapper.text()).toContain('Bước 2/2');
    wrapper.unmount();
  });

  it('tells the approver of a clearance asked again which clauses changed, linking the diff', async () => {
    fakeApi({
      'GET /api/approvals/inbox': {
        body: [
          anItem({
            purpose: 'clearance',
            changes: { fromRound: 1, toRound: 2, clauses: ['2', '4'] },
          }),
          anItem({ agreementId: 'a-2', purpose: 'clearance' }),
        ],
      },
    });
    const { wrapper } = await mountPage(InboxPage, { path: '/approvals', user: official });
    await settle();
    const links = wrapper.findAll('[data-testid="inbox-changes"]');
    expect(links.map((link) => link.text())).toEqual(['Clauses 2, 4 changed since the refusal']);
    expect(links[0]?.attributes('href')).toBe('/agreements/a-1/text/diff?from=1&to=2');
    wrapper.unmount();
  });

  it('shows the title in the language given first when the UI language is not among them', async () => {
    fakeApi({ 'GET /api/approvals/inbox': { body: [anItem()] } });
    const { wrapper } = await mountPage(InboxPage, {
      path: '/approvals',
      user: official,
      locale: 'ru',
    });
    await settle();
    // Neither "en" (first key, first alphabetically) nor any reordering: Vietnamese was given first.
    expect(wrapper.find('[data-testid="inbox-item-a-1"]').text()).toContain(
      'Biên bản ghi nhớ với FAVIJA',
    );
    expect(wrapper.find('[data-testid="inbox-item-a-1"]').text()).not.toContain('MoU with FAVIJA');
    wrapper.unmount();
  });

  it('says when a pending approval is for an amendment', async () => {
    fakeApi({ 'GET /api/approvals/inbox': { body: [anItem({ amendment: 2 })] } });
    const { wrapper } = await mountPage(InboxPage, { path: '/approvals', user: official });
    await settle();
    expect(wrapper.find('[data-testid="inbox-purpose"]').text()).toBe(
      'Amendment 2 · Draft approval',
    );
    wrapper.unmount();
  });

  it('names every column, the decision buttons included', async () => {
    fakeApi({ 'GET /api/approvals/inbox': { body: [anItem()] } });
    const { wrapper } = await mountPage(InboxPage, { path: '/approvals', user: official });
    await settle();
    const headers = wrapper.findAll('thead th').map((th) => th.text());
    expect(headers.slice(1)).toEqual(['Agreement', 'Step', 'Due', 'Decision']);
    wrapper.unmount();
  });

  it('approves in two clicks with If-Match at the version shown', async () => {
    let inbox = [anItem({ version: 7 })];
    const api = fakeApi({
      'GET /api/approvals/inbox': () => ({ body: inbox }),
      'POST /api/agreements/a-1/approve': () => {
        inbox = [];
        return { body: { id: 'a-1', version: 9 } };
      },
    });
    const { wrapper } = await mountPage(InboxPage, { path: '/approvals', user: official });
    await settle();
    await wrapper.find('[data-testid="approve-a-1"]').trigger('click');
    await settle();
    (document.querySelector('[data-testid="confirm-decision"]') as HTMLElement).click();
    await settle();
    const post = api.requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"7"');
    expect(post?.body).toEqual({ comment: null });
    expect(wrapper.text()).toContain('Nothing waits for your approval.');
    wrapper.unmount();
  });

  it('will not send a rejection without a comment', async () => {
    const api = fakeApi({ 'GET /api/approvals/inbox': { body: [anItem()] } });
    const { wrapper } = await mountPage(InboxPage, { path: '/approvals', user: official });
    await settle();
    await wrapper.find('[data-testid="reject-a-1"]').trigger('click');
    await settle();
    (document.querySelector('[data-testid="confirm-decision"]') as HTMLElement).click();
    await settle();
    expect(document.body.textContent).toContain('Say why you send it back.');
    expect(api.requests.filter((request) => request.method === 'POST')).toEqual([]);
    wrapper.unmount();
  });

  it('bulk approves the selected items and reports the one that failed', async () => {
    const results: BulkApproveResult[] = [
      { agreementId: 'a-1', ok: true, version: 4 },
      {
        agreementId: 'a-2',
        ok: false,
        status: 409,
        code: 'CONCURRENCY_CONFLICT',
        detail: 'The agreement changed since you loaded it',
        currentVersion: 3,
      },
    ];
    const api = fakeApi({
      'GET /api/approvals/inbox': {
        body: [anItem({ agreementId: 'a-1' }), anItem({ agreementId: 'a-2', version: 2 })],
      },
      'POST /api/approvals/bulk-approve': { body: results },
    });
    const { wrapper } = await mountPage(InboxPage, { path: '/approvals', user: official });
    await settle();
    const bulk = wrapper.find('[data-testid="bulk-approve"]');
    expect(bulk.attributes('disabled')).toBeDefined();
    const boxes = wrapper.findAll('.el-table__body .el-checkbox__original');
    for (const box of boxes) await box.setValue(true);
    await settle();
    expect(bulk.text()).toContain('(2)');
    await bulk.trigger('click');
    await settle();
    const post = api.requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({
      items: [
        { agreementId: 'a-1', version: 2 },
        { agreementId: 'a-2', version: 2 },
      ],
      comment: null,
    });
    expect(document.body.textContent).toContain('1 approved, 1 not approved.');
    expect(document.body.textContent).toContain('The agreement changed since you loaded it');
    wrapper.unmount();
  });
});
