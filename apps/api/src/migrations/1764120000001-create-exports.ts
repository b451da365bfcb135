import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background exports of the event log (docs/audit.md, "Exports"). `exports` is the read
 * model of each export's stream; `export_file_chunks` holds the files, about 1 MB a row, in
 * the database so that whichever api instance is asked can serve them.
 */
export class CreateExports1764120000001 implements MigrationInterface {
  name = 'CreateExports1764120000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE exports (
        id            uuid        NOT NULL,
        format        text        NOT NULL,
        filters       jsonb       NOT NULL,
        language      text        NOT NULL,
        scope         text        NOT NULL,
        status        text        NOT NULL,
        rows_done     bigint      NOT NULL DEFAULT 0,
        total_rows    bigint      NULL,
        error         text        NULL,
        files         jsonb       NOT NULL DEFAULT '[]',
        manifest      text        NULL,
        attempts      integer     NOT NULL DEFAULT 0,
        version       integer     NOT NULL,
        requested_by  uuid        NOT NULL,
        requested_at  timestamptz NOT NULL,
        started_at    timestamptz NULL,
        finished_at   timestamptz NULL,
        expires_at    timestamptz NULL,
        CONSTRAINT exports_pkey PRIMARY KEY (id),
        CONSTRAINT exports_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES users (id),
        CONSTRAINT exports_format_check
          CHECK (format IN ('csv', 'csv-excel', 'jsonl', 'xlsx', 'evidence-pack')),
        CONSTRAINT exports_scope_check CHECK (scope IN ('log', 'streams', 'selection')),
        CONSTRAINT exports_status_check
          CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled', 'expired'))
      )`);
    await queryRunner.query(
      `CREATE INDEX exports_requested_by_idx ON exports (requested_by, requested_at DESC)`,
    );
    await queryRunner.query(`CREATE INDEX exports_requested_at_idx ON exports (requested_at DESC)`);
    await queryRunner.query(
      `CREATE INDEX exports_expires_at_idx ON exports (expires_at) WHERE status = 'completed'`,
    );
    await queryRunner.query(`
      CREATE TABLE export_file_chunks (
        export_id uuid    NOT NULL,
        name      text    NOT NULL,
        seq       integer NOT NULL,
        data      bytea   NOT NULL,
        CONSTRAINT export_file_chunks_pkey PRIMARY KEY (export_id, name, seq),
        CONSTRAINT export_file_chunks_export_fkey
          FOREIGN KEY (export_id) REFERENCES exports (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE export_file_chunks`);
    await queryRunner.query(`DROP TABLE exports`);
  }
}
