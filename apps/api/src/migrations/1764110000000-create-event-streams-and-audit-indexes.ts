import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the audit search needs to filter the log without scanning it:
 *
 * - `event_streams`: one row per stream, its kind and the agreement it belongs to (an
 *   agreement's own stream, its commitments', its observers'). The event store writes the row
 *   in the transaction that appends a stream's first event; the classification is
 *   `streamOf` in packages/domain/src/audit/audited-events.ts, repeated here in SQL for the
 *   backfill (`npm run rebuild` rewrites the table from the log with the TypeScript rule).
 * - `concordat_fold(text)`: the search fold of foldForSearch (agreements/projections/
 *   search-text.ts) in SQL: NFD, Latin combining marks removed, NFC, lower case, đ → d.
 *   Immutable, so an index can hold it.
 * - `concordat_event_text(payload)`: the folded text people wrote in an event (`comment`,
 *   `reason`, `note`: EVENT_COMMENT_FIELDS), trigram-indexed for `q`.
 * - `events (type, position)`, `events (actor_id, position)`, `events (occurred_at)`:
 *   newest-first pages of one type or one actor read the index backwards and stop after
 *   a page; a time range starts where it should.
 */
export class CreateEventStreamsAndAuditIndexes1764110000000 implements MigrationInterface {
  name = 'CreateEventStreamsAndAuditIndexes1764110000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_streams (
        stream_id    uuid NOT NULL,
        kind         text NOT NULL,
        agreement_id uuid NULL,
        CONSTRAINT event_streams_pkey PRIMARY KEY (stream_id),
        CONSTRAINT event_streams_kind_check CHECK (kind IN
          ('agreement', 'commitment', 'observers', 'approval-policy', 'delegation', 'other'))
      )`);
    await queryRunner.query(
      `CREATE INDEX event_streams_agreement_id_idx ON event_streams (agreement_id, stream_id)
        WHERE agreement_id IS NOT NULL`,
    );
    await queryRunner.query(`
      INSERT INTO event_streams (stream_id, kind, agreement_id)
      SELECT e.stream_id,
             CASE e.type
               WHEN 'AgreementDrafted' THEN 'agreement'
               WHEN 'CommitmentPlanned' THEN 'commitment'
               WHEN 'AgreementObserversChanged' THEN 'observers'
               WHEN 'ApprovalPolicyChanged' THEN 'approval-policy'
               WHEN 'DelegationGranted' THEN 'delegation'
               ELSE 'other'
             END,
             CASE e.type
               WHEN 'AgreementDrafted' THEN e.stream_id
               WHEN 'CommitmentPlanned' THEN (e.payload->>'agreementId')::uuid
               WHEN 'AgreementObserversChanged' THEN (e.payload->>'agreementId')::uuid
             END
        FROM events e
       WHERE e.stream_version = 1`);

    await queryRunner.query(`
      CREATE FUNCTION concordat_fold(input text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN translate(lower(normalize(
          regexp_replace(normalize(input, NFD), '[\\u0300-\\u036f]', '', 'g'), NFC)), 'đ', 'd')`);
    // concat_ws is only STABLE (it takes any type), so the parts are joined by hand.
    await queryRunner.query(`
      CREATE FUNCTION concordat_event_text(payload jsonb) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN concordat_fold(coalesce(payload->>'comment', '') || ' ' ||
                              coalesce(payload->>'reason', '') || ' ' ||
                              coalesce(payload->>'note', ''))`);
    await queryRunner.query(
      `CREATE INDEX events_written_text_trgm_idx ON events
         USING gin (concordat_event_text(payload) gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX events_type_position_idx ON events (type, position)`);
    await queryRunner.query(`DROP INDEX events_actor_id_idx`);
    await queryRunner.query(
      `CREATE INDEX events_actor_id_position_idx ON events (actor_id, position)`,
    );
    await queryRunner.query(`CREATE INDEX events_occurred_at_idx ON events (occurred_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX events_occurred_at_idx`);
    await queryRunner.query(`DROP INDEX events_actor_id_position_idx`);
    await queryRunner.query(`CREATE INDEX events_actor_id_idx ON events (actor_id)`);
    await queryRunner.query(`DROP INDEX events_type_position_idx`);
    await queryRunner.query(`DROP INDEX events_written_text_trgm_idx`);
    await queryRunner.query(`DROP FUNCTION concordat_event_text(jsonb)`);
    await queryRunner.query(`DROP FUNCTION concordat_fold(text)`);
    await queryRunner.query(`DROP TABLE event_streams`);
  }
}
