import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../database/postgres-error.js';
import { ConcurrencyConflictError } from './concurrency-conflict.error.js';
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
   * Appends events after `expectedVersion` and returns the stream's new version. If another
   * transaction took one of these versions first, the unique constraint fires and we
   * report a concurrency conflict instead of a silent overwrite.
   */
  async append(
    manager: EntityManager,
    streamId: string,
    expectedVersion: number,
    events: readonly NewEvent[],
    actorId: string,
    now: string,
  ): Promise<number> {
    let version = expectedVersion;
    for (const event of events) {
      version += 1;
      try {
        await manager.query(
          `INSERT INTO events (stream_id, stream_version, type, payload, actor_id, occurred_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [streamId, version, event.type, JSON.stringify(event.data), actorId, now],
        );
      } catch (error) {
        if (isUniqueViolation(error, STREAM_VERSION_CONSTRAINT)) {
          throw new ConcurrencyConflictError(streamId, expectedVersion);
        }
        throw error;
      }
    }
    return version;
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
