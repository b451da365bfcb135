import type { ApprovalInboxItem, BulkApproveResult } from '@concordat/domain';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { useApprovalsStore } from './approvals.store';

function anInboxItem(overrides: Partial<ApprovalInboxItem> = {}): ApprovalInboxItem {
  return {
    agreementId: 'a-1',
    title: { vi: 'Biên bản ghi nhớ với FAVIJA' },
    titleLanguages: ['vi'],
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

describe('approvals store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('loads the inbox in the order the api gives (overdue first) and counts the overdue', async () => {
    fakeApi({
      'GET /api/approvals/inbox': {
        body: [
          anInboxItem({ agreementId: 'late', overdue: true }),
          anInboxItem({ agreementId: 'soon' }),
        ],
      },
    });
    const store = useApprovalsStore();
    await store.fetchInbox();
    expect(store.items.map((item) => item.agreementId)).toEqual(['late', 'soon']);
    expect(store.overdueCount).toBe(1);
  });

  it('approves one item with If-Match at its version and reloads the inbox', async () => {
    let inbox = [anInboxItem({ agreementId: 'a-1', version: 4 })];
    const api = fakeApi({
      'GET /api/approvals/inbox': () => ({ body: inbox }),
      'POST /api/agreements/a-1/approve': () => {
        inbox = [];
        return { body: { id: 'a-1', version: 6 }, headers: { ETag: '"6"' } };
      },
    });
    const store = useApprovalsStore();
    await store.fetchInbox();
    await store.decide(store.items[0]!, 'approve', 'Đồng ý');
    const post = api.requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"4"');
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(post?.body).toEqual({ comment: 'Đồng ý' });
    expect(store.items).toEqual([]);
  });

  it('bulk approves the selection and keeps the per-item results, a stale one included', async () => {
    const results: BulkApproveResult[] = [
      { agreementId: 'a-1', ok: true, version: 4 },
      {
        agreementId: 'a-2',
        ok: false,
        status: 409,
        code: 'CONCURRENCY_CONFLICT',
        detail: 'The agreement changed',
        currentVersion: 3,
      },
    ];
    const api = fakeApi({
      'GET /api/approvals/inbox': {
        body: [
          anInboxItem({ agreementId: 'a-1', version: 2 }),
          anInboxItem({ agreementId: 'a-2', version: 2 }),
          anInboxItem({ agreementId: 'a-3', version: 5 }),
        ],
      },
      'POST /api/approvals/bulk-approve': { body: results },
    });
    const store = useApprovalsStore();
    await store.fetchInbox();
    store.selected = ['a-1', 'a-2'];
    await expect(store.bulkApprove(null)).resolves.toEqual(results);
    const post = api.requests.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({
      items: [
        { agreementId: 'a-1', version: 2 },
        { agreementId: 'a-2', version: 2 },
      ],
      comment: null,
    });
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(store.lastBulk).toEqual(results);
    expect(store.selected).toEqual([]);
  });
});
