import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agreements read model: one row per agreement, rebuilt from the event log and updated
 * in the same transaction as each append. Columns are shaped for the list page:
 * `search_text` holds every title and partner name folded (lower case, Latin diacritics
 * removed) so Vietnamese matches with or without accents; trigram indexes make the
 * substring search cheap.
 */
export class CreateAgreementsProjection1763884800002 implements MigrationInterface {
  name = 'CreateAgreementsProjection1763884800002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE agreements (
        id               uuid        NOT NULL,
        title            jsonb       NOT NULL,
        title_sort       text        NOT NULL,
        search_text      text        NOT NULL,
        status           text        NOT NULL,
        step             text        NOT NULL,
        type             text        NULL,
        summary          jsonb       NULL,
        our_organisation text        NULL,
        partners         jsonb       NOT NULL DEFAULT '[]',
        partner_names    text        NOT NULL DEFAULT '',
        countries        text[]      NOT NULL DEFAULT '{}',
        starts_on        date        NULL,
        ends_on          date        NULL,
        version          integer     NOT NULL,
        created_at       timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL,
        created_by       uuid        NOT NULL,
        CONSTRAINT agreements_pkey PRIMARY KEY (id),
        CONSTRAINT agreements_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id)
      )`);
    await queryRunner.query(`CREATE INDEX agreements_status_idx ON agreements (status)`);
    await queryRunner.query(`CREATE INDEX agreements_updated_at_idx ON agreements (updated_at)`);
    await queryRunner.query(`CREATE INDEX agreements_created_at_idx ON agreements (created_at)`);
    await queryRunner.query(`CREATE INDEX agreements_title_sort_idx ON agreements (title_sort)`);
    await queryRunner.query(
      `CREATE INDEX agreements_countries_idx ON agreements USING gin (countries)`,
    );
    await queryRunner.query(
      `CREATE INDEX agreements_search_text_trgm_idx ON agreements USING gin (search_text gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX agreements_partner_names_trgm_idx ON agreements USING gin (partner_names gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreements`);
    // pg_trgm stays: other objects may use it, and it is harmless.
  }
}
