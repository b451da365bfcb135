import type { DataSource } from 'typeorm';
import type { AppOptions } from '../config/app-options.js';
import { dataSourceOptions } from '../platform/database/data-source.options.js';
import { openMigratedDataSource } from '../platform/database/migrate-under-lock.js';
import { type DatabaseServer, externalDatabase } from '../platform/database/database-server.js';
import { startEmbeddedPostgres } from '../platform/database/embedded-postgres.server.js';

/**
 * Runs `work` on the app's database, migrated, then lets go of it: DATABASE_URL if set,
 * else the embedded cluster in the data folder (started for the command, stopped after).
 */
export async function withDatabase(
  options: AppOptions,
  work: (dataSource: DataSource) => Promise<void>,
): Promise<void> {
  const server: DatabaseServer =
    options.databaseUrl !== undefined
      ? externalDatabase(options.databaseUrl)
      : await startEmbeddedPostgres({ dataDir: options.dataDir });
  try {
    const dataSource = await openMigratedDataSource(dataSourceOptions(server.url, true));
    try {
      await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await server.stop();
  }
}
