import argon2 from 'argon2';
import type { SessionView } from '@concordat/domain';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Distinctive enough that finding it anywhere in the logs can only mean it leaked. */
const PASSWORD = 'Zebra-Lantern-7731-mật-khẩu';
const EMAIL = 'log-watch@example.test';

describe('fault: passwords and tokens never reach the logs', () => {
  let t: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    // The most talkative level, so whatever the api could ever log is logged here.
    t = await startTestApp({
      logLevel: 'trace',
      logStream: {
        write: (line: string) => {
          lines.push(line);
        },
      },
    });
    await t.sql.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, 'Log Watch', 'manager', $2)`,
      [EMAIL, await argon2.hash(PASSWORD)],
    );
  });
  afterAll(() => t.close());

  it('logs logins, right and wrong, without the password or the session token', async () => {
    const login = await t.request('POST', '/api/auth/login', {
      body: { email: EMAIL, password: PASSWORD },
    });
    expect(login.status).toBe(200);
    const { accessToken } = login.json<SessionView>();
    const wrong = await t.request('POST', '/api/auth/login', {
      body: { email: EMAIL, password: `${PASSWORD}-wrong` },
    });
    expect(wrong.status).toBe(401);
    // A body that fails to parse, with the password inside: error paths log too.
    const malformed = await t.request('POST', '/api/auth/login', {
      rawBody: `{"email": "${EMAIL}", "password": "${PASSWORD}"`,
    });
    expect(malformed.status).toBe(400);
    const unknownField = await t.request('POST', '/api/auth/login', {
      body: { email: EMAIL, password: PASSWORD, extra: PASSWORD },
    });
    expect(unknownField.status).toBeGreaterThanOrEqual(200);
    await t.request('GET', '/api/auth/me', { token: accessToken });
    await t.request('GET', '/api/auth/me', {
      headers: { cookie: `concordat_session=${accessToken}` },
    });

    const logged = lines.join('');
    // The requests were logged at all, so the test can see a leak if there is one.
    expect(logged).toContain('/api/auth/login');
    expect(logged).toContain('/api/auth/me');
    expect(logged).not.toContain(PASSWORD);
    expect(logged).not.toContain(accessToken);
  });
});
