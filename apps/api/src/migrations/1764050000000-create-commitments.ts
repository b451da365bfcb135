import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Commitments: each is its own event stream; these are its read models and stored files.
 * - `commitments`: one row per commitment, written from the fold after each append.
 * - `commitment_occurrences`: every occurrence the schedule yields (plus recorded ones an
 *   edited schedule dropped), one row per period key. Overdue is not a column: queries
 *   derive it from `due_on` and the clock, so it never goes stale.
 * - `commitment_evidence`: the evidence recorded per occurrence (note and/or file).
 * These three are derived: a rebuild truncates and refolds them.
 * - `commitment_evidence_files`: the bytes of uploaded evidence, append-only like
 *   `agreement_attachments`; the EvidenceAdded event carries their SHA-256. No foreign key
 *   to `commitments`, because a rebuild empties that table while the files must stay.
 */
export class CreateCommitments1764050000000 implements MigrationInterface {
  name = 'CreateCommitments1764050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE commitments (
        id              uuid        NOT NULL,
        agreement_id    uuid        NOT NULL,
        title           jsonb       NOT NULL,
        title_sort      text        NOT NULL,
        kind            text        NOT NULL,
        owed_by         text        NOT NULL,
        partner         text        NULL,
        clause          integer     NULL,
        owner_id        uuid        NOT NULL,
        quantity_amount integer     NULL,
        quantity_unit   text        NULL,
        schedule        jsonb       NOT NULL,
        notes           jsonb       NULL,
        status          text        NOT NULL,
        cancel_reason   text        NULL,
        version         integer     NOT NULL,
        created_at      timestamptz NOT NULL,
        created_by      uuid        NOT NULL,
        updated_at      timestamptz NOT NULL,
        CONSTRAINT commitments_pkey PRIMARY KEY (id),
        CONSTRAINT commitments_agreement_fkey FOREIGN KEY (agreement_id) REFERENCES agreements (id),
        CONSTRAINT commitments_owner_fkey FOREIGN KEY (owner_id) REFERENCES users (id),
        CONSTRAINT commitments_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT commitments_kind_check CHECK (kind IN ('delegation_exchange', 'training',
          'scholarship', 'event', 'seminar', 'report', 'payment', 'other')),
        CONSTRAINT commitments_owed_by_check CHECK (owed_by IN ('us', 'partner', 'both')),
        CONSTRAINT commitments_status_check CHECK (status IN ('open', 'cancelled')),
        CONSTRAINT commitments_version_check CHECK (version >= 1)
      )`);
    await queryRunner.query(
      `CREATE INDEX commitments_agreement_id_idx ON commitments (agreement_id)`,
    );
    await queryRunner.query(`CREATE INDEX commitments_owner_id_idx ON commitments (owner_id)`);
    await queryRunner.query(`
      CREATE TABLE commitment_occurrences (
        commitment_id uuid        NOT NULL,
        period_key    date        NOT NULL,
        due_on        date        NOT NULL,
        status        text        NOT NULL,
        quantity_done integer     NULL,
        note          text        NULL,
        reason        text        NULL,
        updated_at    timestamptz NULL,
        updated_by    uuid        NULL,
        CONSTRAINT commitment_occurrences_pkey PRIMARY KEY (commitment_id, period_key),
        CONSTRAINT commitment_occurrences_commitment_fkey
          FOREIGN KEY (commitment_id) REFERENCES commitments (id) ON DELETE CASCADE,
        CONSTRAINT commitment_occurrences_status_check CHECK (status IN ('planned', 'in_progress',
          'fulfilled', 'partially_fulfilled', 'missed', 'waived'))
      )`);
    await queryRunner.query(
      `CREATE INDEX commitment_occurrences_due_on_idx ON commitment_occurrences (due_on, status)`,
    );
    await queryRunner.query(`
      CREATE TABLE commitment_evidence (
        id            uuid        NOT NULL,
        commitment_id uuid        NOT NULL,
        period_key    date        NOT NULL,
        note          text        NULL,
        file_name     text        NULL,
        media_type    text        NULL,
        size          integer     NULL,
        sha256        text        NULL,
        created_at    timestamptz NOT NULL,
        created_by    uuid        NOT NULL,
        CONSTRAINT commitment_evidence_pkey PRIMARY KEY (id),
        CONSTRAINT commitment_evidence_occurrence_fkey FOREIGN KEY (commitment_id, period_key)
          REFERENCES commitment_occurrences (commitment_id, period_key) ON DELETE CASCADE,
        CONSTRAINT commitment_evidence_sha256_check CHECK (sha256 IS NULL OR sha256 ~ '^[0-9a-f]{64}$')
      )`);
    await queryRunner.query(
      `CREATE INDEX commitment_evidence_commitment_idx ON commitment_evidence (commitment_id, period_key)`,
    );
    await queryRunner.query(`
      CREATE TABLE commitment_evidence_files (
        id            uuid        NOT NULL,
        commitment_id uuid        NOT NULL,
        name          text        NOT NULL,
        media_type    text        NOT NULL,
        size          integer     NOT NULL,
        sha256        text        NOT NULL,
        content       bytea       NOT NULL,
        created_at    timestamptz NOT NULL,
        created_by    uuid        NOT NULL,
        CONSTRAINT commitment_evidence_files_pkey PRIMARY KEY (id),
        CONSTRAINT commitment_evidence_files_created_by_fkey
          FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT commitment_evidence_files_size_check CHECK (size = octet_length(content)),
        CONSTRAINT commitment_evidence_files_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$')
      )`);
    await queryRunner.query(
      `CREATE INDEX commitment_evidence_files_commitment_idx ON commitment_evidence_files (commitment_id)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION commitment_evidence_files_refuse_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'commitment_evidence_files is append-only: % refused', TG_OP;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER commitment_evidence_files_append_only
      BEFORE UPDATE OR DELETE ON commitment_evidence_files
      FOR EACH ROW EXECUTE FUNCTION commitment_evidence_files_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE commitment_evidence_files`);
    await queryRunner.query(`DROP FUNCTION commitment_evidence_files_refuse_change()`);
    await queryRunner.query(`DROP TABLE commitment_evidence`);
    await queryRunner.query(`DROP TABLE commitment_occurrences`);
    await queryRunner.query(`DROP TABLE commitments`);
  }
}
