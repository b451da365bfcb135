import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { fakeApi } from '@/test/fake-api';
import { managerRef } from '@/test/commitment-fixtures';
import { auditor, official } from '@/test/fixtures';
import { safeRedirect } from './guards';
import { createAppRouter } from './index';

async function navigate(path: string) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(pinia, createMemoryHistory());
  await router.push(path);
  return router.currentRoute.value.fullPath;
}

describe('route guard', () => {
  it('sends a visitor who is not signed in to the sign-in page, remembering where they wanted to go', async () => {
    fakeApi({ 'GET /api/auth/me': { status: 401, body: { status: 401, title: 'Unauthorized' } } });
    expect(await navigate('/agreements?status=draft')).toBe(
      '/login?redirect=/agreements?status=draft',
    );
  });

  it('lets a signed-in user through, and away from the sign-in page', async () => {
    fakeApi({ 'GET /api/auth/me': { body: official } });
    expect(await navigate('/agreements/new')).toBe('/agreements/new');
    fakeApi({ 'GET /api/auth/me': { body: official } });
    expect(await navigate('/login?redirect=/agreements/a-1')).toBe('/agreements/a-1');
  });

  it('keeps a role away from a page it may not use', async () => {
    fakeApi({ 'GET /api/auth/me': { body: auditor } });
    expect(await navigate('/agreements/new')).toBe('/agreements');
  });

  it('opens the dashboard for a manager at the bare address, the agreements for others', async () => {
    fakeApi({ 'GET /api/auth/me': { body: managerRef } });
    expect(await navigate('/')).toBe('/dashboard');
    fakeApi({ 'GET /api/auth/me': { body: official } });
    expect(await navigate('/')).toBe('/agreements');
    fakeApi({ 'GET /api/auth/me': { body: managerRef } });
    expect(await navigate('/agreements')).toBe('/agreements');
  });

  it('only redirects within the app', () => {
    expect(safeRedirect('/agreements/a-1')).toBe('/agreements/a-1');
    expect(safeRedirect('//evil.example/')).toBeNull();
    expect(safeRedirect('https://evil.example/')).toBeNull();
  });
});
