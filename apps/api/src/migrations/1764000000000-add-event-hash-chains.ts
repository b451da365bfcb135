import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  eventHash,
  GENESIS_HASH,
  globalEventHash,
  OCCURRED_AT_AS_HASHED,
} from '../platform/event-store/event-hash.js';

const BATCH = 1000;

interface BackfillRow {
  position: string;
  stream_id: string;
  stream_version: number;
  type: string;
  payload: unknown;
  actor_id: string;
  occurred_at: string;
}

/**
 * Hash chains over the event log (docs/integrity.md): `hash` links each event to the one
 * before it in its stream, `global_hash` to the one before it in position order, and
 * `event_chain_head` holds the last link (its row lock serialises appends).
 *
 * Events written before this migration are hashed here, in code, with the same function
 * the store uses (RFC 8785 JSON cannot be produced in SQL): the append-only trigger is
 * switched off for the backfill only, inside this migration's transaction, so no other
 * session ever sees the log writable. A fresh install and an upgraded one end up alike.
 */
export class AddEventHashChains1764000000000 implements MigrationInterface {
  name = 'AddEventHashChains1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE events ADD COLUMN hash text, ADD COLUMN global_hash text`);
    await queryRunner.query(`
      CREATE TABLE event_chain_head (
        id            boolean     NOT NULL DEFAULT true,
        last_position bigint      NULL,
        global_hash   text        NOT NULL,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_chain_head_pkey PRIMARY KEY (id),
        CONSTRAINT event_chain_head_single_row CHECK (id)
      )`);

    await queryRunner.query(`ALTER TABLE events DISABLE TRIGGER events_reject_update_delete`);
    const { lastPosition, globalHash } = await backfill(queryRunner);
    await queryRunner.query(`ALTER TABLE events ENABLE TRIGGER events_reject_update_delete`);

    await queryRunner.query(
      `INSERT INTO event_chain_head (id, last_position, global_hash) VALUES (true, $1, $2)`,
      [lastPosition, globalHash],
    );
    await queryRunner.query(`
      ALTER TABLE events
        ALTER COLUMN hash SET NOT NULL,
        ALTER COLUMN global_hash SET NOT NULL,
        ADD CONSTRAINT events_hash_format CHECK (hash ~ '^[0-9a-f]{64}$'),
        ADD CONSTRAINT events_global_hash_format CHECK (global_hash ~ '^[0-9a-f]{64}$')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_chain_head`);
    await queryRunner.query(`
      ALTER TABLE events
        DROP CONSTRAINT events_global_hash_format,
        DROP CONSTRAINT events_hash_format,
        DROP COLUMN global_hash,
        DROP COLUMN hash`);
  }
}

/** Hashes every existing event in position order, a batch at a time. */
async function backfill(
  queryRunner: QueryRunner,
): Promise<{ lastPosition: string | null; globalHash: string }> {
  const streamHeads = new Map<string, string>();
  let globalHash = GENESIS_HASH;
  let lastPosition: string | null = null;
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT position::text AS position, stream_id::text AS stream_id, stream_version, type,
              payload, actor_id::text AS actor_id, ${OCCURRED_AT_AS_HASHED} AS occurred_at
         FROM events WHERE position > $1 ORDER BY events.position LIMIT ${BATCH}`,
      [lastPosition ?? '0'],
    )) as BackfillRow[];
    for (const row of rows) {
      const hash = eventHash(streamHeads.get(row.stream_id) ?? GENESIS_HASH, {
        streamId: row.stream_id,
        version: row.stream_version,
        type: row.type,
        payload: row.payload,
        actorId: row.actor_id,
        occurredAt: row.occurred_at,
      });
      globalHash = globalEventHash(globalHash, hash);
      streamHeads.set(row.stream_id, hash);
      await queryRunner.query(`UPDATE events SET hash = $2, global_hash = $3 WHERE position = $1`, [
        row.position,
        hash,
        globalHash,
      ]);
      lastPosition = row.position;
    }
    if (rows.length < BATCH) return { lastPosition, globalHash };
  }
}
