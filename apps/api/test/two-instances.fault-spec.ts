import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/app.js';
import { TEST_APP_OPTIONS } from './support/test-app.js';
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
