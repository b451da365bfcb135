import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi, queryOf } from '@/test/fake-api';
import { aPage } from '@/test/fixtures';
import { aCommitment, anOccurrence, anOccurrenceRow, SCORECARD } from '@/test/commitment-fixtures';
import { useCommitmentsStore } from './commitments.store';

describe('commitments store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  const agreementRoutes = () => ({
    'GET /api/agreements/a-1/commitments': { body: [aCommitment()] },
    'GET /api/commitments/c-1': { body: aCommitment(), headers: { ETag: '"2"' } },
    'GET /api/agreements/a-1/commitments/scorecard': { body: SCORECARD },
  });

  it("loads an agreement's commitments with their occurrences, and its scorecard", async () => {
    fakeApi(agreementRoutes());
    const store = useCommitmentsStore();
    await store.fetchForAgreement('a-1');
    expect(store.commitments.map((c) => c.id)).toEqual(['c-1']);
    expect(store.commitments[0]?.occurrences[0]?.overdue).toBe(true);
    expect(store.scorecard?.periods[0]?.fulfilled).toBe(2);
    expect(store.error).toBeNull();
  });

  it('runs an action with the ETag as If-Match and an Idempotency-Key, and shows the answer', async () => {
    const fulfilled = aCommitment({
      version: 3,
      occurrences: [
        anOccurrence({ status: 'fulfilled', quantityDone: 12, allowedActions: ['add-evidence'] }),
      ],
    });
    const api = fakeApi({
      ...agreementRoutes(),
      'POST /api/commitments/c-1/fulfil': { body: fulfilled, headers: { ETag: '"3"' } },
    });
    const store = useCommitmentsStore();
    await store.fetchForAgreement('a-1');
    await store.run('c-1', 'fulfil', { periodKey: '2025-11-30' }, 'key-1');
    const request = api.requests.find((r) => r.url.endsWith('/fulfil'));
    expect(request?.headers.get('If-Match')).toBe('"2"');
    expect(request?.headers.get('Idempotency-Key')).toBe('key-1');
    expect(request?.body).toEqual({ periodKey: '2025-11-30' });
    expect(store.commitments[0]?.occurrences[0]?.status).toBe('fulfilled');
  });

  it('reloads the commitment when someone else changed it (409) and rethrows', async () => {
    let loads = 0;
    fakeApi({
      ...agreementRoutes(),
      'GET /api/commitments/c-1': () => {
        loads += 1;
        return {
          body: aCommitment({ version: loads === 1 ? 2 : 5 }),
          headers: { ETag: loads === 1 ? '"2"' : '"5"' },
        };
      },
      'POST /api/commitments/c-1/start': {
        status: 409,
        body: { status: 409, title: 'Conflict', code: 'CONCURRENCY_CONFLICT', currentVersion: 5 },
      },
    });
    const store = useCommitmentsStore();
    await store.fetchForAgreement('a-1');
    await expect(store.run('c-1', 'start', { periodKey: '2025-11-30' }, 'k')).rejects.toMatchObject(
      {
        status: 409,
      },
    );
    expect(store.commitments[0]?.version).toBe(5);
  });

  it('uploads evidence as multipart with the period and the note', async () => {
    const api = fakeApi({
      ...agreementRoutes(),
      'POST /api/commitments/c-1/evidence': { body: aCommitment({ version: 3 }) },
    });
    const store = useCommitmentsStore();
    await store.fetchForAgreement('a-1');
    const file = new File(['出席者'], '名簿.txt', { type: 'text/plain' });
    await store.uploadEvidence('c-1', { periodKey: '2025-11-30', note: 'Danh sách', file }, 'k');
    const request = api.requests.find((r) => r.url.endsWith('/evidence'));
    const form = api.fetch.mock.calls.find(([url]) => String(url).endsWith('/evidence'))?.[1]
      ?.body as FormData;
    expect(request?.headers.get('If-Match')).toBe('"2"');
    expect(form.get('periodKey')).toBe('2025-11-30');
    expect(form.get('note')).toBe('Danh sách');
    expect((form.get('file') as File).name).toBe('名簿.txt');
  });

  it('lists occurrences with the filters as query parameters, never asking for CSV', async () => {
    const api = fakeApi({ 'GET /api/commitments': { body: aPage([anOccurrenceRow()], 27) } });
    const store = useCommitmentsStore();
    await store.fetchList({ overdue: true, kind: 'training', page: 2, pageSize: 20 });
    expect(Object.fromEntries(queryOf(api.requests[0]!))).toEqual({
      overdue: 'true',
      kind: 'training',
      page: '2',
      pageSize: '20',
    });
    expect(store.page?.total).toBe(27);
  });
});
