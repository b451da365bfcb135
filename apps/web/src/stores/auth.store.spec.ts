import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { auditor, official } from '@/test/fixtures';
import { useAuthStore } from './auth.store';

describe('auth store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('asks the server who is signed in only once per page load', async () => {
    const api = fakeApi({ 'GET /api/auth/me': { body: official } });
    const auth = useAuthStore();
    await Promise.all([auth.ensureChecked(), auth.ensureChecked()]);
    await auth.ensureChecked();
    expect(api.requests).toHaveLength(1);
    expect(auth.isAuthenticated).toBe(true);
    expect(auth.user?.name).toBe('Nguyễn Văn An');
  });

  it('treats a 401 from /me as signed out', async () => {
    fakeApi({ 'GET /api/auth/me': { status: 401, body: { status: 401, title: 'Unauthorized' } } });
    const auth = useAuthStore();
    await auth.ensureChecked();
    expect(auth.status).toBe('anonymous');
    expect(auth.isAuthenticated).toBe(false);
  });

  it('keeps the token and user after signing in, and forgets them after signing out', async () => {
    const api = fakeApi({
      'POST /api/auth/login': { body: { accessToken: 'jwt-abc', user: official } },
      'POST /api/auth/logout': { status: 204 },
    });
    const auth = useAuthStore();
    await auth.login({ email: 'official@concordat.demo', password: 'concordat-demo' });
    expect(api.requests[0]?.body).toEqual({
      email: 'official@concordat.demo',
      password: 'concordat-demo',
    });
    expect(auth.accessToken).toBe('jwt-abc');
    expect(auth.allows('agreement.create')).toBe(true);

    await auth.logout();
    expect(auth.user).toBeNull();
    expect(auth.accessToken).toBeNull();
    expect(auth.status).toBe('anonymous');
  });

  it('rejects wrong credentials and stays signed out', async () => {
    fakeApi({
      'POST /api/auth/login': {
        status: 401,
        body: { status: 401, title: 'Unauthorized', code: 'invalid_credentials' },
      },
    });
    const auth = useAuthStore();
    await expect(
      auth.login({ email: 'official@concordat.demo', password: 'wrong' }),
    ).rejects.toMatchObject({ status: 401 });
    expect(auth.isAuthenticated).toBe(false);
  });

  it('uses the shared permission table: an auditor may read but not create', async () => {
    fakeApi({ 'GET /api/auth/me': { body: auditor } });
    const auth = useAuthStore();
    await auth.ensureChecked();
    expect(auth.allows('agreement.read')).toBe(true);
    expect(auth.allows('agreement.create')).toBe(false);
  });
});
