import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reads the log records get their own stream kinds in `event_streams` (see `streamOf`
 * in packages/domain/src/audit/audited-events.ts): `export` (an export of one agreement,
 * `filters.agreementId`, belongs to that agreement, so its history shows who exported it),
 * `verification`, and `dossier` (a dossier download, `DossierExported`, belongs to its
 * agreement). Streams already in the log are reclassified from their first event with the
 * same rule; `npm run rebuild` derives the same rows with the TypeScript rule.
 */
export class ClassifyReadStreams1764150000001 implements MigrationInterface {
  name = 'ClassifyReadStreams1764150000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE event_streams DROP CONSTRAINT event_streams_kind_check`);
    await queryRunner.query(`
      ALTER TABLE event_streams ADD CONSTRAINT event_streams_kind_check CHECK (kind IN
        ('agreement', 'commitment', 'observers', 'approval-policy', 'delegation',
         'export', 'verification', 'dossier', 'other'))`);
    // A uuid check before the cast: a stored filter is validated, but a backfill must not
    // fail on one that was not.
    await queryRunner.query(`
      UPDATE event_streams s
         SET kind = CASE e.type
                      WHEN 'ExportRequested' THEN 'export'
                      WHEN 'EventLogVerificationRequested' THEN 'verification'
                      ELSE 'dossier'
                    END,
             agreement_id = CASE
                      WHEN e.type = 'ExportRequested'
                       AND e.payload->'filters'->>'agreementId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                        THEN (e.payload->'filters'->>'agreementId')::uuid
                      WHEN e.type = 'DossierExported'
                       AND e.payload->>'agreementId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                        THEN (e.payload->>'agreementId')::uuid
                    END
        FROM events e
       WHERE e.stream_id = s.stream_id AND e.stream_version = 1
         AND e.type IN ('ExportRequested', 'EventLogVerificationRequested', 'DossierExported')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE event_streams SET kind = 'other', agreement_id = NULL
       WHERE kind IN ('export', 'verification', 'dossier')`);
    await queryRunner.query(`ALTER TABLE event_streams DROP CONSTRAINT event_streams_kind_check`);
    await queryRunner.query(`
      ALTER TABLE event_streams ADD CONSTRAINT event_streams_kind_check CHECK (kind IN
        ('agreement', 'commitment', 'observers', 'approval-policy', 'delegation', 'other'))`);
  }
}
