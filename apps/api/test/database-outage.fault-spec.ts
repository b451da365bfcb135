import { CuttableProxy } from './support/cuttable-proxy.js';
import { givenDraftAgreement, signedInAs, draftInput, type SignedIn } from './support/factories.js';
import { startTestApp, type HttpResponse, type TestApp } from './support/test-app.js';

/** The test server's address: the proxy sits between the app and it. */
function databaseServer(): { host: string; port: number } {
  const url = new URL(process.env.CONCORDAT_TEST_ADMIN_URL ?? process.env.DATABASE_URL ?? '');
  return { host: url.hostname, port: Number(url.port || 5432) };
}

async function eventually(
  probe: () => Promise<HttpResponse>,
  status: number,
  timeoutMs = 20_000,
): Promise<HttpResponse> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const response = await probe();
    if (response.status === status || Date.now() > until) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function expectUnavailable(response: HttpResponse): void {
  expect(response.status).toBe(503);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.headers['retry-after']).toBe('5');
  expect(response.json<{ code: string; status: number }>()).toMatchObject({
    code: 'SERVICE_UNAVAILABLE',
    status: 503,
  });
}

describe('fault: PostgreSQL stops and starts under the api', () => {
  const server = databaseServer();
  const proxy = new CuttableProxy(server.host, server.port);
  let t: TestApp;
  let manager: SignedIn;

  beforeAll(async () => {
    await proxy.start();
    t = await startTestApp({}, (url) => proxy.route(url));
    manager = await signedInAs(t, 'manager');
    await givenDraftAgreement(t, manager);
  });
  afterAll(async () => {
    await proxy.start().catch(() => undefined);
    await t.close();
    await proxy.cut();
  });

  it('answers clean 503 problems while the database is gone, and recovers by itself', async () => {
    expect((await t.request('GET', '/api/health/ready')).status).toBe(200);
    expect((await t.request('GET', '/api/agreements', { token: manager.token })).status).toBe(200);

    await proxy.cut();

    const ready = await t.request('GET', '/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers['content-type']).toContain('application/problem+json');
    expect((await t.request('GET', '/api/health/live')).status).toBe(200);
    // A query, a command and a login: each refused as unavailable, none as a 500.
    expectUnavailable(await t.request('GET', '/api/agreements', { token: manager.token }));
    expectUnavailable(
      await t.request('POST', '/api/agreements', { token: manager.token, body: draftInput() }),
    );
    expectUnavailable(
      await t.request('POST', '/api/auth/login', {
        body: { email: manager.user.email, password: 'whatever it is' },
      }),
    );

    await proxy.start();

    const recovered = await eventually(() => t.request('GET', '/api/health/ready'), 200);
    expect(recovered.status).toBe(200);
    const list = await t.request('GET', '/api/agreements', { token: manager.token });
    expect(list.status).toBe(200);
    const created = await t.request('POST', '/api/agreements', {
      token: manager.token,
      body: draftInput(),
    });
    expect(created.status).toBe(201);
  });
});
