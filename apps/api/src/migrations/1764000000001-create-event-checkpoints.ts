import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed checkpoints of the event log's chain heads (docs/integrity.md). A checkpoint
 * proves the log up to its position existed as it is now when it was signed, even against
 * someone able to rewrite the table and recompute every hash. Checkpoints are append-only
 * like the events they cover, with the same trigger function.
 */
export class CreateEventCheckpoints1764000000001 implements MigrationInterface {
  name = 'CreateEventCheckpoints1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_checkpoints (
        id             bigint      GENERATED ALWAYS AS IDENTITY,
        position       bigint      NULL,
        global_hash    text        NOT NULL,
        stream_count   integer     NOT NULL,
        streams_digest text        NOT NULL,
        created_at     timestamptz NOT NULL,
        key_id         text        NOT NULL,
        signature      text        NOT NULL,
        CONSTRAINT event_checkpoints_pkey PRIMARY KEY (id)
      )`);
    await queryRunner.query(
      `CREATE INDEX event_checkpoints_position_idx ON event_checkpoints (position)`,
    );
    await queryRunner.query(`
      CREATE TRIGGER event_checkpoints_reject_update_delete
      BEFORE UPDATE OR DELETE ON event_checkpoints
      FOR EACH ROW EXECUTE FUNCTION events_reject_rewrite()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_checkpoints`);
  }
}
