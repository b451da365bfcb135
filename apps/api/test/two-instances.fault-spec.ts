import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/app.js';
import { eventCount, givenDraftAgreement, signedInAs } from './support/factories.js';
import { startTestApp, TEST_APP_OPTIONS, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

describe('fault: two api instances start at once on one empty database', () => {
  let database: TestDatabase;
  const apps: NestFastifyApplication[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database.drop();
  });

  // Both migrate (one waits on the other's lock) and create pg-boss queues at once, which
  // deadlocked in PostgreSQL before JobQueue retried it.
  it('starts both, each migrating and creating queues without failing the other, both ready', async () => {
    const started = await Promise.allSettled(
      [1, 2].map(() => createApp({ ...TEST_APP_OPTIONS, databaseUrl: database.url })),
    );
    for (const result of started) if (result.status === 'fulfilled') apps.push(result.value.app);
    expect(
      started.map((result) =>
        result.status === 'rejected' ? String((result.reason as Error).stack) : 'ok',
      ),
    ).toEqual(['ok', 'ok']);

    for (const app of apps) {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.getHttpServer().address();
      if (address === null || typeof address !== 'object') throw new Error('not listening');
      const ready = await fetch(`http://127.0.0.1:${address.port}/api/health/ready`);
      expect(ready.status).toBe(200);
    }
  });
});

describe('fault: two api instances serve one database', () => {
  let t: TestApp;
  let other: NestFastifyApplication;
  let otherUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ app: other } = await createApp({ ...TEST_APP_OPTIONS, databaseUrl: t.database.url }));
    await other.listen({ port: 0, host: '127.0.0.1' });
    const address = other.getHttpServer().address();
    if (address === null || typeof address !== 'object') throw new Error('not listening');
    otherUrl = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  it('lets exactly one of 8 concurrent commands at one version win, across both instances', async () => {
    const manager = await signedInAs(t, 'manager');
    const draft = await givenDraftAgreement(t, manager);
    const statuses = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const base = i % 2 === 0 ? t.baseUrl : otherUrl;
        const response = await fetch(`${base}/api/agreements/${draft.id}/submit`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${manager.token}`,
            'content-type': 'application/json',
            'if-match': `"${draft.version}"`,
          },
          body: '{}',
        });
        return response.status;
      }),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(7);
    expect(await eventCount(t, draft.id)).toBe(2);
  });
});
