import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two tables for signing:
 * - `agreement_particulars`, a read model beside `agreements`: the particulars, parties
 *   with their signatures, computed dates and attachment list of each agreement, written
 *   from the folded state in the same transaction as each append. `review_due_on` is a
 *   column so the review clock can find what falls due.
 * - `agreement_attachments`, the bytes of uploaded files. Their SHA-256 is also in the
 *   AttachmentAdded event, so a changed file is detectable; rows are never updated, which a
 *   trigger enforces like on `events`.
 */
export class CreateAgreementParticularsAndAttachments1764030000000 implements MigrationInterface {
  name = 'CreateAgreementParticularsAndAttachments1764030000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreement_particulars (
        agreement_id  uuid  NOT NULL,
        view          jsonb NOT NULL,
        review_due_on date  NULL,
        CONSTRAINT agreement_particulars_pkey PRIMARY KEY (agreement_id),
        CONSTRAINT agreement_particulars_agreement_fkey
          FOREIGN KEY (agreement_id) REFERENCES agreements (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX agreement_particulars_review_due_on_idx ON agreement_particulars (review_due_on)`,
    );
    await queryRunner.query(`
      CREATE TABLE agreement_attachments (
        id           uuid        NOT NULL,
        agreement_id uuid        NOT NULL,
        name         text        NOT NULL,
        media_type   text        NOT NULL,
        size         integer     NOT NULL,
        sha256       text        NOT NULL,
        content      bytea       NOT NULL,
        created_at   timestamptz NOT NULL,
        created_by   uuid        NOT NULL,
        CONSTRAINT agreement_attachments_pkey PRIMARY KEY (id),
        CONSTRAINT agreement_attachments_agreement_fkey
          FOREIGN KEY (agreement_id) REFERENCES agreements (id),
        CONSTRAINT agreement_attachments_created_by_fkey
          FOREIGN KEY (created_by) REFERENCES users (id),
        CONSTRAINT agreement_attachments_size_check CHECK (size = octet_length(content)),
        CONSTRAINT agreement_attachments_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$')
      )`);
    await queryRunner.query(
      `CREATE INDEX agreement_attachments_agreement_id_idx ON agreement_attachments (agreement_id)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION agreement_attachments_refuse_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'agreement_attachments is append-only: % refused', TG_OP;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER agreement_attachments_append_only
      BEFORE UPDATE OR DELETE ON agreement_attachments
      FOR EACH ROW EXECUTE FUNCTION agreement_attachments_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement_attachments`);
    await queryRunner.query(`DROP FUNCTION agreement_attachments_refuse_change()`);
    await queryRunner.query(`DROP TABLE agreement_particulars`);
  }
}
