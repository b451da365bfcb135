import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background verifications of the event log (POST /api/audit/verifications): one row per
 * request, its progress (events checked of the total when it began) and its report. The
 * rows are a read model of the EventLogVerification* events in each verification's own
 * stream; progress alone is written outside events, being a gauge rather than a fact.
 */
export class CreateAuditVerifications1764130000000 implements MigrationInterface {
  name = 'CreateAuditVerifications1764130000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_verifications (
        id             uuid        NOT NULL,
        status         text        NOT NULL,
        requested_by   uuid        NOT NULL,
        requested_at   timestamptz NOT NULL,
        started_at     timestamptz NULL,
        finished_at    timestamptz NULL,
        events_total   bigint      NULL,
        events_checked bigint      NOT NULL DEFAULT 0,
        result         jsonb       NULL,
        error          text        NULL,
        CONSTRAINT audit_verifications_pkey PRIMARY KEY (id),
        CONSTRAINT audit_verifications_status_check
          CHECK (status IN ('queued', 'running', 'completed', 'failed')),
        CONSTRAINT audit_verifications_requested_by_fkey
          FOREIGN KEY (requested_by) REFERENCES users (id)
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_verifications_requested_at_idx ON audit_verifications (requested_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_verifications_requested_at_idx`);
    await queryRunner.query(`DROP TABLE audit_verifications`);
  }
}
