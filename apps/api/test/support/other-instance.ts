import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.js';
import type { AppOptions } from '../../src/config/app-options.js';
import { TEST_APP_OPTIONS, type TestApp } from './test-app.js';

/**
 * Runs `work` on another api instance on the same database as `t` (as a second server, or
 * one restarted after being down), closing it after.
 */
export async function onOtherInstance(
  t: TestApp,
  options: Partial<AppOptions>,
  work: (app: NestFastifyApplication) => Promise<void>,
): Promise<void> {
  const { app } = await createApp({ ...TEST_APP_OPTIONS, ...options, databaseUrl: t.database.url });
  try {
    await work(app);
  } finally {
    await app.close();
  }
}
