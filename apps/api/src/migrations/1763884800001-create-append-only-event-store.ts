import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log, the source of truth. Integrity lives in the database as well as in the
 * code: one version per stream (a lost race is a unique violation, answered with 409), and
 * a trigger that refuses to rewrite history, whoever connects.
 */
export class CreateAppendOnlyEventStore1763884800001 implements MigrationInterface {
  name = 'CreateAppendOnlyEventStore1763884800001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE events (
        position       bigint      GENERATED ALWAYS AS IDENTITY,
        stream_id      uuid        NOT NULL,
        stream_version integer     NOT NULL,
        type           text        NOT NULL,
        payload        jsonb       NOT NULL,
        actor_id       uuid        NOT NULL,
        occurred_at    timestamptz NOT NULL,
        CONSTRAINT events_pkey PRIMARY KEY (position),
        CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version),
        CONSTRAINT events_stream_version_positive CHECK (stream_version > 0),
        CONSTRAINT events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES users (id)
      )`);
    await queryRunner.query(`CREATE INDEX events_actor_id_idx ON events (actor_id)`);

    await queryRunner.query(`
      CREATE FUNCTION events_reject_rewrite() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the events table is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER events_reject_update_delete
      BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_reject_rewrite()`);
    await queryRunner.query(`
      CREATE TRIGGER events_reject_truncate
      BEFORE TRUNCATE ON events
      FOR EACH STATEMENT EXECUTE FUNCTION events_reject_rewrite()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE events`);
    await queryRunner.query(`DROP FUNCTION events_reject_rewrite()`);
  }
}
