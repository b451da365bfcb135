import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';

/**
 * TypeORM is only a connection pool and a migration runner here: the schema is owned by
 * the reviewed raw-SQL migrations, never synchronised from entities.
 */
export function dataSourceOptions(url: string, quiet = false): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    entities: [],
    // Failed queries surface as exceptions and reach the problem filter, which logs the
    // unexpected ones; logging them here too would report every 409 as an error.
    logging: quiet ? false : ['migration', 'warn'],
    extra: { max: 10, connectionTimeoutMillis: 5_000 },
  };
}
