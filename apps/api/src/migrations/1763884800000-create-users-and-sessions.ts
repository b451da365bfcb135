import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People who sign in, and their sessions. Session tokens are opaque random strings; only
 * their sha256 is stored, so a leaked table cannot be replayed as logins.
 * The role list is a snapshot of ROLES at the time of writing: a new role needs a migration.
 */
export class CreateUsersAndSessions1763884800000 implements MigrationInterface {
  name = 'CreateUsersAndSessions1763884800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id            uuid        NOT NULL DEFAULT gen_random_uuid(),
        email         text        NOT NULL,
        name          text        NOT NULL,
        role          text        NOT NULL,
        password_hash text        NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_pkey PRIMARY KEY (id),
        CONSTRAINT users_role_check
          CHECK (role IN ('official', 'legal', 'manager', 'auditor', 'admin'))
      )`);
    // Case-insensitive uniqueness: "Lan@x.vn" and "lan@x.vn" are one person.
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email))`);

    await queryRunner.query(`
      CREATE TABLE sessions (
        id          uuid        NOT NULL DEFAULT gen_random_uuid(),
        user_id     uuid        NOT NULL,
        token_hash  text        NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        revoked_at  timestamptz NULL,
        CONSTRAINT sessions_pkey PRIMARY KEY (id),
        CONSTRAINT sessions_token_hash_key UNIQUE (token_hash),
        CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sessions`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
