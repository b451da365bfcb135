import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Responses remembered by `Idempotency-Key`, per user. A row is written in the same
 * transaction as the events of the request it answers, so a crash leaves both or neither;
 * the primary key makes a concurrent duplicate wait for the first and then replay it.
 * `fingerprint` is sha256 of method, path and the canonical JSON body: the same key with
 * another request is refused instead of replayed.
 */
export class CreateIdempotencyKeys1763900000000 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        user_id          uuid        NOT NULL,
        key              text        NOT NULL,
        fingerprint      text        NOT NULL,
        response_status  integer     NULL,
        response_body    jsonb       NULL,
        response_headers jsonb       NOT NULL DEFAULT '{}',
        created_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT idempotency_keys_pkey PRIMARY KEY (user_id, key),
        CONSTRAINT idempotency_keys_user_id_fkey
          FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT idempotency_keys_key_length CHECK (char_length(key) BETWEEN 1 AND 200)
      )`);
    // For a future job that forgets old keys.
    await queryRunner.query(
      `CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_keys`);
  }
}
