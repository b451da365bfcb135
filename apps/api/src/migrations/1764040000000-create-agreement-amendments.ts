import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `agreement_amendments`, a read model beside `agreements`: the amendment chain of each
 * agreement and the amendment running, written whole from the folded state in the same
 * transaction as each append, and the round of the text in force (see docs/amendments.md).
 */
export class CreateAgreementAmendments1764040000000 implements MigrationInterface {
  name = 'CreateAgreementAmendments1764040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreement_amendments (
        agreement_id   uuid    NOT NULL,
        view           jsonb   NOT NULL,
        in_force_round integer NULL,
        CONSTRAINT agreement_amendments_pkey PRIMARY KEY (agreement_id),
        CONSTRAINT agreement_amendments_agreement_fkey
          FOREIGN KEY (agreement_id) REFERENCES agreements (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement_amendments`);
  }
}
