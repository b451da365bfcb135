import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications, reminders and mail:
 * - `users.language` (the language mail is written in) and `users.is_system`, with one
 *   system user: jobs that act on their own (the automatic renewal review) append events,
 *   and every event names an actor in `users`. Its password hash is of a random secret
 *   nobody kept, so it cannot sign in.
 * - `notifications`: one row per (kind, subject, occurrence, recipient), enforced by the
 *   unique `dedupe_key`, so two api instances or a restarted job create each reminder once.
 *   The row is written even when the user turned the app channel off (`in_app` false): it
 *   is also the record that the reminder was handled.
 * - `notification_preferences`: only the switches a user changed; the rest are defaults.
 * - `outbox_messages`: every mail rendered for a notification (at most one per
 *   notification), with its delivery state; without SMTP it is the demo's mailbox.
 * - `calendar_tokens`: the sha256 of each user's secret calendar feed token.
 */
export class CreateNotifications1764060000000 implements MigrationInterface {
  name = 'CreateNotifications1764060000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN language  text    NOT NULL DEFAULT 'en',
        ADD COLUMN is_system boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT users_language_check CHECK (language IN ('en', 'vi', 'ru', 'ja'))`);
    await queryRunner.query(`
      INSERT INTO users (id, email, name, role, password_hash, is_system)
      VALUES ('c0c0da70-5157-4e00-8000-000000000001', 'system@concordat.invalid', 'Concordat',
              'admin',
              '$argon2id$v=19$m=65536,p=4,t=3$eXpj7q1P76PjWbuqOjVWGw$viQsPsd4nm03VBs1DA8HtwsMY7aVjn895S5fnL2xzkY',
              true)
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(`
      CREATE TABLE notifications (
        id           uuid        NOT NULL DEFAULT gen_random_uuid(),
        recipient_id uuid        NOT NULL,
        kind         text        NOT NULL,
        subject_type text        NOT NULL,
        subject_id   uuid        NOT NULL,
        params       jsonb       NOT NULL DEFAULT '{}',
        dedupe_key   text        NOT NULL,
        in_app       boolean     NOT NULL,
        created_at   timestamptz NOT NULL,
        read_at      timestamptz NULL,
        CONSTRAINT notifications_pkey PRIMARY KEY (id),
        CONSTRAINT notifications_dedupe_key_key UNIQUE (dedupe_key),
        CONSTRAINT notifications_recipient_id_fkey
          FOREIGN KEY (recipient_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX notifications_recipient_created_idx ON notifications (recipient_id, created_at DESC) WHERE in_app`,
    );
    await queryRunner.query(
      `CREATE INDEX notifications_recipient_unread_idx ON notifications (recipient_id) WHERE in_app AND read_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        user_id uuid    NOT NULL,
        kind    text    NOT NULL,
        channel text    NOT NULL,
        enabled boolean NOT NULL,
        CONSTRAINT notification_preferences_pkey PRIMARY KEY (user_id, kind, channel),
        CONSTRAINT notification_preferences_channel_check CHECK (channel IN ('in_app', 'email')),
        CONSTRAINT notification_preferences_user_id_fkey
          FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE outbox_messages (
        id              uuid        NOT NULL DEFAULT gen_random_uuid(),
        notification_id uuid        NOT NULL,
        to_address      text        NOT NULL,
        language        text        NOT NULL,
        subject         text        NOT NULL,
        body            text        NOT NULL,
        state           text        NOT NULL,
        attempts        integer     NOT NULL DEFAULT 0,
        last_error      text        NULL,
        created_at      timestamptz NOT NULL,
        sent_at         timestamptz NULL,
        CONSTRAINT outbox_messages_pkey PRIMARY KEY (id),
        CONSTRAINT outbox_messages_notification_id_key UNIQUE (notification_id),
        CONSTRAINT outbox_messages_notification_id_fkey
          FOREIGN KEY (notification_id) REFERENCES notifications (id) ON DELETE CASCADE,
        CONSTRAINT outbox_messages_state_check
          CHECK (state IN ('pending', 'sent', 'stored', 'failed'))
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_messages_created_at_idx ON outbox_messages (created_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE calendar_tokens (
        user_id    uuid        NOT NULL,
        token_hash text        NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT calendar_tokens_pkey PRIMARY KEY (user_id),
        CONSTRAINT calendar_tokens_token_hash_key UNIQUE (token_hash),
        CONSTRAINT calendar_tokens_user_id_fkey
          FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_tokens`);
    await queryRunner.query(`DROP TABLE outbox_messages`);
    await queryRunner.query(`DROP TABLE notification_preferences`);
    await queryRunner.query(`DROP TABLE notifications`);
    // The system user stays only if its events do (the event log is append-only).
    await queryRunner.query(
      `DELETE FROM users WHERE is_system AND NOT EXISTS (SELECT 1 FROM events WHERE actor_id = users.id)`,
    );
    await queryRunner.query(
      `ALTER TABLE users DROP CONSTRAINT users_language_check, DROP COLUMN is_system, DROP COLUMN language`,
    );
  }
}
