import type { SessionView, UserRef } from '@concordat/domain';
import { givenUser, signedInAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with email and password: a token, the user, and an httpOnly SameSite=Strict cookie', async () => {
    const { user, password } = await givenUser(t, 'legal', { name: 'Trần Minh Đức' });

    const response = await t.request('POST', '/api/auth/login', {
      body: { email: user.email, password },
    });

    expect(response.status).toBe(200);
    const session = response.json<SessionView>();
    expect(session.user).toEqual(user);
    expect(session.accessToken).toMatch(/^[\w-]{40,}$/);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toContain(`concordat_session=${session.accessToken}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
  });

  it('stores only a hash of the session token', async () => {
    const { token } = await signedInAs(t, 'official');
    const { rows } = await t.sql.query<{ found: string }>(
      `SELECT count(*) AS found FROM sessions WHERE token_hash = $1`,
      [token],
    );
    expect(Number(rows[0]?.found)).toBe(0);
  });

  it('matches the email case-insensitively', async () => {
    const { user, password } = await givenUser(t, 'manager');
    const response = await t.request('POST', '/api/auth/login', {
      body: { email: user.email.toUpperCase(), password },
    });
    expect(response.status).toBe(200);
  });

  it('answers a wrong password and an unknown email with the same 401 body', async () => {
    const { user } = await givenUser(t, 'manager');

    const wrongPassword = await t.request('POST', '/api/auth/login', {
      body: { email: user.email, password: 'nope' },
    });
    const unknownEmail = await t.request('POST', '/api/auth/login', {
      body: { email: 'nobody@example.test', password: 'nope' },
    });

    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.headers['content-type']).toContain('application/problem+json');
    expect(wrongPassword.text).toBe(unknownEmail.text);
    expect(wrongPassword.json<{ code: string }>().code).toBe('INVALID_CREDENTIALS');
  });

  it('rejects a malformed login body with 400 naming the field', async () => {
    const response = await t.request('POST', '/api/auth/login', {
      body: { email: 'not-an-email', password: 'x' },
    });

    expect(response.status).toBe(400);
    const problem = response.json<{ errors: Array<{ field: string }> }>();
    expect(problem.errors.map((error) => error.field)).toEqual(['email']);
  });

  it('rejects malformed JSON with a 400 problem', async () => {
    const response = await t.request('POST', '/api/auth/login', { rawBody: '{"email": ' });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('limits login attempts per email and IP: the 11th within a minute is 429', async () => {
    const { user } = await givenUser(t, 'auditor');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const response = await t.request('POST', '/api/auth/login', {
        body: { email: user.email, password: 'wrong' },
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);

    const other = await givenUser(t, 'auditor');
    const otherEmail = await t.request('POST', '/api/auth/login', {
      body: { email: other.user.email, password: other.password },
    });
    expect(otherEmail.status).toBe(200);
  });

  it('authenticates GET /api/auth/me with the bearer token or the cookie', async () => {
    const { user, token } = await signedInAs(t, 'admin');

    const byBearer = await t.request('GET', '/api/auth/me', { token });
    const byCookie = await t.request('GET', '/api/auth/me', {
      headers: { cookie: `concordat_session=${token}` },
    });

    expect(byBearer.status).toBe(200);
    expect(byBearer.json<UserRef>()).toEqual(user);
    expect(byCookie.status).toBe(200);
    expect(byCookie.json<UserRef>()).toEqual(user);
  });

  it('answers 401 without a token, or with one nobody issued', async () => {
    expect((await t.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await t.request('GET', '/api/agreements')).status).toBe(401);
    expect((await t.request('GET', '/api/auth/me', { token: 'made-up-token' })).status).toBe(401);
  });

  it('logs out: the session is revoked and the cookie cleared', async () => {
    const { token } = await signedInAs(t, 'official');

    const response = await t.request('POST', '/api/auth/logout', { token });

    expect(response.status).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(/concordat_session=;/);
    expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(401);
  });

  it('refuses an expired session', async () => {
    const { token } = await signedInAs(t, 'official');
    await t.sql.query(`UPDATE sessions SET expires_at = now() - interval '1 second'`);
    expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(401);
  });
});
