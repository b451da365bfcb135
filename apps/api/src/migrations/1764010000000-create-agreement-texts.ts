import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of agreement texts, kept by AgreementTextProjection in the transaction of
 * each append. `agreement_text_versions` holds the draft (round 0, overwritten while it is
 * edited) and every negotiation round (1…n, never changed but for `finalised_hash`);
 * `agreement_clause_reviews` holds legal's current review of each clause of the latest
 * round, with who gave it and when. Clause strings are jsonb, which keeps them byte for byte.
 */
export class CreateAgreementTexts1764010000000 implements MigrationInterface {
  name = 'CreateAgreementTexts1764010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreement_text_versions (
        agreement_id   uuid        NOT NULL,
        round          integer     NOT NULL,
        proposed_by    text        NOT NULL,
        languages      jsonb       NOT NULL,
        clauses        jsonb       NOT NULL,
        text_hash      text        NOT NULL,
        finalised_hash text        NULL,
        recorded_at    timestamptz NOT NULL,
        recorded_by    uuid        NOT NULL,
        CONSTRAINT agreement_text_versions_pkey PRIMARY KEY (agreement_id, round),
        CONSTRAINT agreement_text_versions_agreement_fkey
          FOREIGN KEY (agreement_id) REFERENCES agreements (id),
        CONSTRAINT agreement_text_versions_recorded_by_fkey
          FOREIGN KEY (recorded_by) REFERENCES users (id),
        CONSTRAINT agreement_text_versions_round_check CHECK (round >= 0),
        CONSTRAINT agreement_text_versions_proposed_by_check CHECK (proposed_by IN ('ours', 'partner'))
      )`);
    await queryRunner.query(`
      CREATE TABLE agreement_clause_reviews (
        agreement_id uuid        NOT NULL,
        clause_key   text        NOT NULL,
        round        integer     NOT NULL,
        status       text        NOT NULL,
        comment      text        NULL,
        wording      jsonb       NULL,
        reviewed_by  uuid        NOT NULL,
        reviewed_at  timestamptz NOT NULL,
        CONSTRAINT agreement_clause_reviews_pkey PRIMARY KEY (agreement_id, clause_key),
        CONSTRAINT agreement_clause_reviews_agreement_fkey
          FOREIGN KEY (agreement_id) REFERENCES agreements (id),
        CONSTRAINT agreement_clause_reviews_reviewed_by_fkey
          FOREIGN KEY (reviewed_by) REFERENCES users (id),
        CONSTRAINT agreement_clause_reviews_status_check
          CHECK (status IN ('cleared', 'flagged', 'proposed'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement_clause_reviews`);
    await queryRunner.query(`DROP TABLE agreement_text_versions`);
  }
}
