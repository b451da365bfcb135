import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi, queryOf } from '@/test/fake-api';
import { aCalendar, DASHBOARD } from '@/test/dashboard-fixtures';
import { useDashboardStore } from './dashboard.store';

describe('dashboard store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('loads the counts with the filters as query parameters', async () => {
    const api = fakeApi({ 'GET /api/dashboard': { body: DASHBOARD } });
    const store = useDashboardStore();
    await store.load({ country: 'JP', kind: 'training' });
    expect(Object.fromEntries(queryOf(api.requests[0]!))).toEqual({
      country: 'JP',
      kind: 'training',
    });
    expect(store.view?.commitments.overdue).toBe(3);
    expect(store.error).toBeNull();
    expect(store.loading).toBe(false);
  });

  it('keeps the answer to the latest request when an earlier one arrives late', async () => {
    let release: () => void = () => undefined;
    const late = new Promise<void>((resolve) => (release = resolve));
    fakeApi({
      'GET /api/dashboard': async (request) => {
        if (request.url.includes('country=JP')) {
          await late;
          return { body: DASHBOARD };
        }
        return { body: { ...DASHBOARD, expiring: [] } };
      },
    });
    const store = useDashboardStore();
    const first = store.load({ country: 'JP' });
    await store.load({});
    release();
    await first;
    expect(store.view?.expiring).toEqual([]);
  });

  it('loads a month of the calendar and keeps a failure to show', async () => {
    const api = fakeApi({ 'GET /api/dashboard/calendar': { body: aCalendar('2026-10') } });
    const store = useDashboardStore();
    await store.loadCalendar('2026-10', { owner: 'u-1' });
    expect(Object.fromEntries(queryOf(api.requests[0]!))).toEqual({
      month: '2026-10',
      owner: 'u-1',
    });
    expect(store.calendar?.entries).toHaveLength(2);

    fakeApi({ 'GET /api/dashboard/calendar': { status: 500, body: { status: 500 } } });
    await store.loadCalendar('2026-11', {});
    expect(store.calendarError).not.toBeNull();
  });
});
