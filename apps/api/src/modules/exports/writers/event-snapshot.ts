import type pg from 'pg';
import Cursor from 'pg-cursor';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * One REPEATABLE READ, read-only transaction on its own connection: the chain head, the
 * count, the rows and the attachments of an export all come from the same snapshot, so
 * they agree however much is written meanwhile. Appends lock `event_chain_head` until they
 * commit, so every event at or before the head we read here is visible in this snapshot.
 */
export class EventSnapshot {
  private constructor(
    private readonly runner: QueryRunner,
    private readonly client: pg.PoolClient,
  ) {}

  static async open(dataSource: DataSource): Promise<EventSnapshot> {
    const runner = dataSource.createQueryRunner();
    // TypeORM hands back the driver's connection untyped; for PostgreSQL it is a pg client.
    const client = (await runner.connect()) as pg.PoolClient;
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    return new EventSnapshot(runner, client);
  }

  /**
   * Takes a transaction-level advisory lock named `name` if free. It is the snapshot's first
   * statement, so the snapshot is taken here: before the run's own ExportStarted commits.
   */
  async tryLock(name: string): Promise<boolean> {
    const result = await this.client.query<{ locked: boolean }>(
      `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked`,
      [name],
    );
    return result.rows[0]?.locked === true;
  }

  async query<Row extends object>(text: string, params: unknown[] = []): Promise<Row[]> {
    const result = await this.client.query<Row>(text, params);
    return result.rows;
  }

  /**
   * The rows of `text` a batch at a time from a server-side cursor: at most `batchSize`
   * rows are in memory however large the result.
   */
  async *batches<Row extends object>(
    text: string,
    params: unknown[],
    batchSize: number,
  ): AsyncGenerator<Row[]> {
    const cursor = this.client.query(new Cursor<Row>(text, params));
    try {
      for (;;) {
        const rows = await cursor.read(batchSize);
        if (rows.length === 0) return;
        yield rows;
      }
    } finally {
      await cursor.close();
    }
  }

  async close(): Promise<void> {
    try {
      await this.client.query('ROLLBACK');
    } finally {
      await this.runner.release();
    }
  }
}
