import type { ExportEvent } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import type { EventStore } from '../../../platform/event-store/event-store.js';

/**
 * Appends one event to an export's stream after `version` and moves the row's version with
 * it, in the caller's transaction (the row change itself is the caller's).
 */
export async function appendExportEvent(
  manager: EntityManager,
  store: EventStore,
  exportId: string,
  version: number,
  event: ExportEvent,
  actorId: string,
  now: Date,
): Promise<number> {
  const next = await store.append(manager, exportId, version, [event], actorId, now.toISOString());
  await manager.query(`UPDATE exports SET version = $2 WHERE id = $1`, [exportId, next]);
  return next;
}
