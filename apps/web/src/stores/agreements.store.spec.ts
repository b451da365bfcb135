import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi, queryOf } from '@/test/fake-api';
import { aPage, anAgreement, anEvent } from '@/test/fixtures';
import { useAgreementsStore } from './agreements.store';

describe('agreements store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('loads a page of agreements with the filters as query parameters', async () => {
    const api = fakeApi({ 'GET /api/agreements': { body: aPage([anAgreement()], 41) } });
    const store = useAgreementsStore();
    await store.fetchList({
      q: 'thể thao',
      status: 'draft',
      country: 'JP',
      sort: 'title',
      order: 'asc',
      page: 3,
      pageSize: 20,
    });
    const query = queryOf(api.requests[0]!);
    expect(Object.fromEntries(query)).toEqual({
      q: 'thể thao',
      status: 'draft',
      country: 'JP',
      sort: 'title',
      order: 'asc',
      page: '3',
      pageSize: '20',
    });
    expect(store.page?.total).toBe(41);
    expect(store.listLoading).toBe(false);
  });

  it('drops an answer that arrives after a newer request', async () => {
    let releaseSlow: () => void = () => undefined;
    fakeApi({
      'GET /api/agreements': (request) =>
        request.url.includes('q=slow')
          ? new Promise((resolve) => {
              releaseSlow = () => resolve({ body: aPage([anAgreement({ id: 'slow' })]) });
            })
          : { body: aPage([anAgreement({ id: 'fast' })]) },
    });
    const store = useAgreementsStore();
    const slow = store.fetchList({ q: 'slow' });
    await store.fetchList({ q: 'fast' });
    releaseSlow();
    await slow;
    expect(store.page?.items.map((a) => a.id)).toEqual(['fast']);
  });

  it('keeps the error when the list cannot be loaded', async () => {
    fakeApi({
      'GET /api/agreements': { status: 500, body: { status: 500, title: 'Internal Server Error' } },
    });
    const store = useAgreementsStore();
    await store.fetchList({});
    expect(store.listError).toMatchObject({ status: 500 });
    expect(store.page).toBeNull();
  });

  it('loads an agreement with its ETag and its history', async () => {
    fakeApi({
      'GET /api/agreements/a-1': { body: anAgreement({ version: 3 }), headers: { ETag: '"3"' } },
      'GET /api/agreements/a-1/events': {
        body: [
          anEvent(),
          anEvent({ position: '2', version: 2, type: 'AgreementSubmittedForApproval' }),
        ],
      },
    });
    const store = useAgreementsStore();
    await store.fetchAgreement('a-1', { withEvents: true });
    expect(store.current?.version).toBe(3);
    expect(store.currentEtag).toBe('"3"');
    expect(store.events.map((e) => e.type)).toEqual([
      'AgreementDrafted',
      'AgreementSubmittedForApproval',
    ]);
  });

  it('reports a missing agreement as a 404', async () => {
    fakeApi({});
    const store = useAgreementsStore();
    await store.fetchAgreement('nope', { withEvents: true });
    expect(store.current).toBeNull();
    expect(store.currentError).toMatchObject({ status: 404 });
  });

  it('creates a draft by posting the payload unchanged', async () => {
    const api = fakeApi({
      'POST /api/agreements': (request) => ({
        status: 201,
        body: anAgreement({
          id: 'new',
          title: (request.body as { title: Record<string, string> }).title,
        }),
      }),
    });
    const store = useAgreementsStore();
    const input = { title: { vi: ' Hợp tác  ', ja: '協力' } };
    const created = await store.createDraft(input);
    expect(api.requests[0]?.body).toEqual(input);
    expect(created.title).toEqual(input.title);
    expect(store.current?.id).toBe('new');
  });
});
