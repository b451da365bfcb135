import { DataSource, type DataSourceOptions } from 'typeorm';

/** Names the advisory lock every instance takes before migrating (any constant would do). */
const MIGRATION_LOCK = 'concordat:migrations';

/**
 * Opens the pool and brings the schema up to date, one instance at a time: replicas
 * starting together (a rolling upgrade, `docker compose --profile scale up`) would
 * otherwise run the same migration twice and all but one fail. TypeORM takes no lock of
 * its own, so we hold a session advisory lock while migrating; whoever waited finds
 * nothing left to run.
 */
export async function openMigratedDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource({ ...options, migrationsRun: false });
  await dataSource.initialize();
  try {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [MIGRATION_LOCK]);
      try {
        await dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [MIGRATION_LOCK]);
      }
    } finally {
      await runner.release();
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
