import { AGREEMENT_ACTION_NAMES, createDraftAgreementSchema } from '@concordat/domain';
import { startTestApp, type TestApp } from './support/test-app.js';
import { adminQuery } from './support/test-database.js';

describe('platform: health, OpenAPI, request ids, security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('GET /api/health answers 200 with the database up, without a session', async () => {
    const response = await t.request('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(
      response.json<{ status: string; info: { database: { status: string } } }>(),
    ).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' } },
    });
  });

  it('GET /api/health/live and /ready answer 200 without a session, ready naming its checks', async () => {
    const live = await t.request('GET', '/api/health/live');
    const ready = await t.request('GET', '/api/health/ready');
    expect(live.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(
      ready.json<{ status: string; details: Record<string, { status: string }> }>(),
    ).toMatchObject({
      status: 'ok',
      details: {
        database: { status: 'up' },
        migrations: { status: 'up' },
        jobQueue: { status: 'up' },
      },
    });
  });

  it('GET /api/openapi.json lists every route with bearer auth', async () => {
    const response = await t.request('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    const document = response.json<{
      paths: Record<string, Record<string, unknown>>;
      components: { securitySchemes: Record<string, { scheme?: string }> };
    }>();
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/admin/outbox',
      '/api/agreements',
      '/api/agreements/{id}',
      '/api/agreements/{id}/approval',
      '/api/agreements/{id}/attachments',
      '/api/agreements/{id}/attachments/{attachmentId}',
      '/api/agreements/{id}/commitments',
      '/api/agreements/{id}/commitments/scorecard',
      '/api/agreements/{id}/dossier.pdf',
      '/api/agreements/{id}/events',
      '/api/agreements/{id}/observers',
      '/api/agreements/{id}/review',
      '/api/agreements/{id}/versions',
      '/api/agreements/{id}/versions/{a}/diff/{b}',
      '/api/agreements/{id}/{action}',
      '/api/approval-policies',
      '/api/approval-policies/{type}/{purpose}',
      '/api/approvals/bulk-approve',
      '/api/approvals/inbox',
      '/api/approvals/people',
      '/api/audit/actors',
      '/api/audit/checkpoints',
      '/api/audit/events',
      '/api/audit/signing-key',
      '/api/audit/verifications',
      '/api/audit/verifications/{id}',
      '/api/audit/verify',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/me',
      '/api/calendar/token',
      '/api/calendar/{file}',
      '/api/commitments',
      '/api/commitments/scorecards/partners',
      '/api/commitments/{id}',
      '/api/commitments/{id}/evidence',
      '/api/commitments/{id}/evidence/{evidenceId}',
      '/api/commitments/{id}/{action}',
      '/api/dashboard',
      '/api/dashboard/calendar',
      '/api/delegations',
      '/api/delegations/{id}',
      '/api/exports',
      '/api/exports/{id}',
      '/api/exports/{id}/cancel',
      '/api/exports/{id}/files/{name}',
      '/api/exports/{id}/manifest.json',
      '/api/health',
      '/api/health/live',
      '/api/health/ready',
      '/api/metrics',
      '/api/notifications',
      '/api/notifications/preferences',
      '/api/notifications/read-all',
      '/api/notifications/{id}/read',
    ]);
    expect(Object.keys(document.paths['/api/agreements'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(document.components.securitySchemes.bearer?.scheme).toBe('bearer');
  });

  describe('request examples', () => {
    interface Operation {
      operationId?: string;
      requestBody?: { content?: Record<string, { example?: unknown; examples?: object }> };
    }
    async function operations(): Promise<Array<{ name: string; operation: Operation }>> {
      const response = await t.request('GET', '/api/openapi.json');
      const document = response.json<{ paths: Record<string, Record<string, Operation>> }>();
      return Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          name: `${method.toUpperCase()} ${path}`,
          operation,
        })),
      );
    }

    it('gives every JSON request body an example', async () => {
      const withoutExample = (await operations())
        .filter(({ operation }) => {
          const json = operation.requestBody?.content?.['application/json'];
          if (json === undefined) return false;
          return json.example === undefined && Object.keys(json.examples ?? {}).length === 0;
        })
        .map(({ name }) => name);
      expect(withoutExample).toEqual([]);
    });

    it('gives every agreement command an example body, named after the command', async () => {
      const run = (await operations()).find(
        ({ name }) => name === 'POST /api/agreements/{id}/{action}',
      );
      const examples = Object.keys(
        run?.operation.requestBody?.content?.['application/json']?.examples ?? {},
      );
      const missing = AGREEMENT_ACTION_NAMES.filter((action) => !examples.includes(action));
      expect(missing).toEqual([]);
    });

    it('shows a create-draft example the domain schema accepts', async () => {
      const create = (await operations()).find(({ name }) => name === 'POST /api/agreements');
      const examples = create?.operation.requestBody?.content?.['application/json']?.examples;
      const bodies = Object.values(examples ?? {}).map((example: { value: unknown }) =>
        createDraftAgreementSchema.safeParse(example.value),
      );
      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies.map((parsed) => parsed.error?.issues ?? [])).toEqual(bodies.map(() => []));
    });
  });

  it('echoes a caller x-request-id, and makes one up otherwise', async () => {
    const given = await t.request('GET', '/api/health', {
      headers: { 'x-request-id': 'trace-42' },
    });
    const made = await t.request('GET', '/api/health');
    expect(given.headers['x-request-id']).toBe('trace-42');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers with a CSP that only allows our own scripts', async () => {
    const response = await t.request('GET', '/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

describe('health when the database is gone', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 503 problem once the database stops taking connections', async () => {
    await adminQuery(`ALTER DATABASE ${t.database.name} WITH ALLOW_CONNECTIONS false`);
    await adminQuery(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [
      t.database.name,
    ]);

    const response = await t.request('GET', '/api/health');

    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ code: string }>().code).toBe('SERVICE_UNAVAILABLE');
    const ready = await t.request('GET', '/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers['content-type']).toContain('application/problem+json');
    // Alive all the same: restarting the process would not bring the database back.
    expect((await t.request('GET', '/api/health/live')).status).toBe(200);
  });
});
