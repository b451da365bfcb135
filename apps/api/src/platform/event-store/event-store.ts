import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../database/postgres-error.js';
import { ConcurrencyConflictError } from './concurrency-conflict.error.js';
import { eventHash, GENESIS_HASH, globalEventHash, hashTimestamp } from './event-hash.js';
import { recordStreamStart } from './event-streams.js';
import type { NewEvent, StoredEvent } from './stored-event.js';

const STREAM_VERSION_CONSTRAINT = 'events_stream_version_key';

interface EventRow {
  position: string;
  stream_id: string;
  stream_version: number;
  type: string;
  payload: Record<string, unknown>;
  actor_id: string;
  occurred_at: Date;
}

interface ChainHeadRow {
  global_hash: string;
}

interface StreamHeadRow {
  stream_version: number;
  hash: string;
}

/**
 * The append-only log. Every method takes the caller's EntityManager so that reading,
 * appending and updating projections share one transaction the caller opened.
 */
@Injectable()
export class EventStore {
  async readStream(manager: EntityManager, streamId: string): Promise<StoredEvent[]> {
    const rows = await manager.query<EventRow[]>(
      `SELECT position::text AS position, stream_id, stream_version, type, payload, actor_id, occurred_at
         FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    return rows.map(toStoredEvent);
  }

  /**
   * Appends events after `expectedVersion` and returns the stream's new version. Each row
   * gets its stream hash and global hash (event-hash.ts) in this same transaction.
   *
   * The global chain needs appends in a single file: we lock the one row of
   * `event_chain_head` for the rest of the transaction. A row lock rather than an advisory
   * lock because the row also holds the head (no scan for the last event), verification
   * compares it with the log's last event (so a deleted tail is noticed), and a caller in
   * REPEATABLE READ gets a serialisation error instead of silently chaining from a stale
   * head. Only the append-to-commit stretch of a command is serialised.
   *
   * If another transaction appended to the stream first, the stream is no longer at
   * `expectedVersion`: we report a concurrency conflict instead of a silent overwrite (the
   * unique constraint stays as the last line of defence).
   */
  async append(
    manager: EntityManager,
    streamId: string,
    expectedVersion: number,
    events: readonly NewEvent[],
    actorId: string,
    now: string,
  ): Promise<number> {
    // UUIDs are hashed as PostgreSQL prints them, lower case.
    const stream = streamId.toLowerCase();
    const actor = actorId.toLowerCase();
    const occurredAt = hashTimestamp(now);
    const [head] = await manager.query<ChainHeadRow[]>(
      `SELECT global_hash FROM event_chain_head FOR UPDATE`,
    );
    if (head === undefined) throw new Error('event_chain_head has no row: migrations did not run');
    const [last] = await manager.query<StreamHeadRow[]>(
      `SELECT stream_version, hash FROM events WHERE stream_id = $1
        ORDER BY stream_version DESC LIMIT 1`,
      [stream],
    );
    if ((last?.stream_version ?? 0) !== expectedVersion) {
      throw new ConcurrencyConflictError(streamId, expectedVersion);
    }

    let version = expectedVersion;
    let previousHash = last?.hash ?? GENESIS_HASH;
    let globalHash = head.global_hash;
    let position = '';
    for (const event of events) {
      version += 1;
      // Hash the payload as the database will give it back: JSON, not the live object.
      const text = JSON.stringify(event.data);
      const payload: unknown = JSON.parse(text);
      const hash = eventHash(previousHash, {
        streamId: stream,
        version,
        type: event.type,
        payload,
        actorId: actor,
        occurredAt,
      });
      globalHash = globalEventHash(globalHash, hash);
      position = await this.insert(manager, expectedVersion, [
        stream,
        version,
        event.type,
        text,
        actor,
        occurredAt,
        hash,
        globalHash,
      ]);
      previousHash = hash;
    }
    const first = events[0];
    if (expectedVersion === 0 && first !== undefined) {
      await recordStreamStart(manager, stream, {
        type: first.type,
        data: JSON.parse(JSON.stringify(first.data)) as Record<string, unknown>,
      });
    }
    if (position !== '') {
      await manager.query(
        `UPDATE event_chain_head SET last_position = $1, global_hash = $2, updated_at = now()`,
        [position, globalHash],
      );
    }
    return version;
  }

  private async insert(
    manager: EntityManager,
    expectedVersion: number,
    values: unknown[],
  ): Promise<string> {
    try {
      const rows = await manager.query<Array<{ position: string }>>(
        `INSERT INTO events (stream_id, stream_version, type, payload, actor_id, occurred_at, hash, global_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING position::text AS position`,
        values,
      );
      const position = rows[0]?.position;
      if (position === undefined) throw new Error('the event insert returned no position');
      return position;
    } catch (error) {
      if (isUniqueViolation(error, STREAM_VERSION_CONSTRAINT)) {
        throw new ConcurrencyConflictError(String(values[0]), expectedVersion);
      }
      throw error;
    }
  }
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    position: row.position,
    streamId: row.stream_id,
    version: row.stream_version,
    type: row.type,
    data: row.payload,
    actorId: row.actor_id,
    occurredAt: row.occurred_at.toISOString(),
  };
}
