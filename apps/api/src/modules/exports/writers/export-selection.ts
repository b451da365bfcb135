import type { EventFilter, ExportScope } from '@concordat/domain';
import { GENESIS_HASH, OCCURRED_AT_AS_HASHED } from '../../../platform/event-store/event-hash.js';
import { EVENT_AGREEMENT_ID, eventFilter, type SqlFragment } from '../../audit/event-filter.sql.js';
import type { EventSnapshot } from './event-snapshot.js';

/** The head of the whole log in the snapshot. */
export interface ChainHead {
  position: string | null;
  globalHash: string;
}

/** Positions a `log` export covers: contiguous, so the global chain runs line to line. */
export interface PositionRange {
  fromPosition: string | null;
  toPosition: string | null;
}

/** Which events an export holds, fixed once in its snapshot. */
export interface ExportSelection {
  scope: ExportScope;
  head: ChainHead;
  /** `log` scope only. */
  range: PositionRange | null;
  /** WHERE over `events e`, its parameters numbered from $1. */
  where: SqlFragment;
  totalRows: number;
}

/**
 * Fixes the selection in the snapshot. A `log` export of a time range covers every event
 * from the first to the last position that falls in the range: positions follow commit
 * order while `occurred_at` follows the clock, so an event inside the position range may
 * lie just outside the time range; it is exported all the same so the chain is unbroken
 * (the manifest's filters say so).
 */
export async function selectEvents(
  snapshot: EventSnapshot,
  scope: ExportScope,
  filter: EventFilter,
): Promise<ExportSelection> {
  const [headRow] = await snapshot.query<{ last_position: string | null; global_hash: string }>(
    `SELECT last_position::text AS last_position, global_hash FROM event_chain_head`,
  );
  if (headRow === undefined) throw new Error('event_chain_head has no row');
  const head: ChainHead = { position: headRow.last_position, globalHash: headRow.global_hash };
  const headPosition = head.position ?? '0';
  let range: PositionRange | null = null;
  let where: SqlFragment;
  if (scope === 'log') {
    const timed = eventFilter(
      { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) },
      1,
    );
    const [bounds] = await snapshot.query<{
      from_position: string | null;
      to_position: string | null;
    }>(
      `SELECT min(e.position)::text AS from_position, max(e.position)::text AS to_position
         FROM events e ${timed.where === '' ? 'WHERE' : `${timed.where} AND`} e.position <= $1`,
      [headPosition, ...timed.params],
    );
    range = {
      fromPosition: bounds?.from_position ?? null,
      toPosition: bounds?.to_position ?? null,
    };
    where =
      range.fromPosition === null || range.toPosition === null
        ? { where: 'WHERE false', params: [] }
        : {
            where: 'WHERE e.position BETWEEN $1 AND $2',
            params: [range.fromPosition, range.toPosition],
          };
  } else {
    const filtered = eventFilter(filter, 0, { recordsOnly: true });
    const bind = `$${filtered.params.length + 1}`;
    where = {
      where: `${filtered.where === '' ? 'WHERE' : `${filtered.where} AND`} e.position <= ${bind}`,
      params: [...filtered.params, headPosition],
    };
  }
  const [count] = await snapshot.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM events e ${where.where}`,
    where.params,
  );
  return { scope, head, range, where, totalRows: Number(count?.n ?? 0) };
}

/** An exported event with what every format needs, EVENT_ROWS_SQL's columns. */
export interface EventRow {
  position: string;
  stream_id: string;
  stream_version: number;
  type: string;
  payload: unknown;
  actor_id: string;
  occurred_at: string;
  hash: string;
  global_hash: string;
  previous_hash: string;
  previous_global_hash: string;
  agreement_id: string | null;
  agreement_title: Record<string, string> | null;
  title_languages: string[] | null;
  actor_name: string | null;
  on_behalf_of_name: string | null;
}

/**
 * The selected events in position order. The predecessors come from index lookups per
 * row (the stream's previous version; the previous position in the whole log), not from a
 * window over the log, so a filtered export reads only what it exports.
 */
export function eventRowsSql(selection: ExportSelection): string {
  return `SELECT e.position::text AS position, e.stream_id::text AS stream_id, e.stream_version,
          e.type, e.payload, e.actor_id::text AS actor_id,
          ${OCCURRED_AT_AS_HASHED.replace('occurred_at', 'e.occurred_at')} AS occurred_at,
          e.hash, e.global_hash,
          COALESCE(sp.hash, '${GENESIS_HASH}') AS previous_hash,
          COALESCE(gp.global_hash, '${GENESIS_HASH}') AS previous_global_hash,
          ag.id::text AS agreement_id, a.title AS agreement_title, a.title_languages,
          u.name AS actor_name, b.name AS on_behalf_of_name
     FROM events e
     LEFT JOIN LATERAL (SELECT p.hash FROM events p
                         WHERE p.stream_id = e.stream_id AND p.stream_version = e.stream_version - 1) sp ON true
     LEFT JOIN LATERAL (SELECT p.global_hash FROM events p
                         WHERE p.position < e.position ORDER BY p.position DESC LIMIT 1) gp ON true
     LEFT JOIN LATERAL (SELECT ${EVENT_AGREEMENT_ID} AS id) ag ON true
     LEFT JOIN agreements a ON a.id = ag.id
     LEFT JOIN users u ON u.id = e.actor_id
     LEFT JOIN users b ON b.id::text = e.payload->>'onBehalfOf'
     ${selection.where.where}
    ORDER BY e.position`;
}
