import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `agreements.title_languages`: the title's languages in the order the user gave them.
 * The title is jsonb, which reorders its keys, so the order needs a column of its own.
 * Null until the projection writes the row again (`npm run rebuild` fills every row); the
 * read side then falls back to the title's languages alphabetically.
 */
export class AddAgreementTitleLanguages1764080000000 implements MigrationInterface {
  name = 'AddAgreementTitleLanguages1764080000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agreements ADD COLUMN title_languages text[] NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE agreements DROP COLUMN title_languages`);
  }
}
