import { type AuditEventsPage, type SearchEventsParams } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { eventFilter } from '../../event-filter.sql.js';
import { type AuditEventRow, auditEventViews } from './audit-event-views.js';
import { decodeCursor, encodeCursor } from './event-cursor.js';

/**
 * The page query: keyset on `position`, never OFFSET. Appends take the one row lock on
 * `event_chain_head` before their insert draws a position, so positions commit in order:
 * a reader never sees position n+1 before n. Hence a newest-first page after a cursor is
 * fixed once read, and an oldest-first reader meets new events only at the end.
 */
/** The filter and the keyset after the cursor, as one WHERE over `events e`. */
export function eventsAfterCursor(params: SearchEventsParams): {
  where: string;
  values: unknown[];
} {
  const { where, params: values } = eventFilter(params);
  const conditions = where === '' ? [] : [where.replace(/^WHERE /, '')];
  if (params.cursor !== undefined) {
    values.push(decodeCursor(params.cursor, params.order));
    conditions.push(`e.position ${params.order === 'desc' ? '<' : '>'} $${values.length}::bigint`);
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', values };
}

export function eventPageSql(
  params: SearchEventsParams,
  limit: number,
): { sql: string; values: unknown[] } {
  const { where, values } = eventsAfterCursor(params);
  values.push(limit);
  const direction = params.order === 'desc' ? 'DESC' : 'ASC';
  return {
    sql: `SELECT e.position::text AS position, e.stream_id, e.stream_version, e.type, e.payload,
                 e.actor_id, e.occurred_at, e.hash, e.global_hash,
                 u.name AS actor_name, u.role AS actor_role,
                 s.agreement_id, a.title AS agreement_title, a.title_languages
            FROM events e
            LEFT JOIN users u ON u.id = e.actor_id
            LEFT JOIN event_streams s ON s.stream_id = e.stream_id
            LEFT JOIN agreements a ON a.id = s.agreement_id
           ${where}
           ORDER BY e.position ${direction}
           LIMIT $${values.length}`,
    values,
  };
}

/** One page: `limit` events and the cursor after the last, when more follow. */
export async function readEventPage(
  db: EntityManager,
  params: SearchEventsParams,
): Promise<AuditEventsPage> {
  // One row more than asked tells whether another page follows.
  const { sql, values } = eventPageSql(params, params.limit + 1);
  const rows = await db.query<AuditEventRow[]>(sql, values);
  const page = rows.slice(0, params.limit);
  const last = page.at(-1);
  return {
    items: await auditEventViews(db, page),
    nextCursor:
      rows.length > params.limit && last !== undefined
        ? encodeCursor(params.order, last.position)
        : null,
  };
}
