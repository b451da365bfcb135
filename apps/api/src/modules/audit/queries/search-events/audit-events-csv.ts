import {
  type AuditEventView,
  type FieldChange,
  pickText,
  type SearchEventsParams,
} from '@concordat/domain';
import type { DataSource } from 'typeorm';
import { csvRecord, MAX_EXPORT_ROWS } from '../../../../platform/http/csv.js';
import { eventsAfterCursor, readEventPage } from './audit-event-page.js';
import { encodeCursor } from './event-cursor.js';

const HEADER = [
  'position',
  'occurred_at',
  'type',
  'actor',
  'actor_role',
  'on_behalf_of',
  'agreement',
  'agreement_id',
  'stream_id',
  'version',
  'changes',
  'hash',
  'global_hash',
];

const BATCH = 500;

function value(text: unknown): string {
  if (text === undefined || text === null) return '—';
  if (Array.isArray(text)) return text.map(value).join(', ');
  if (typeof text === 'string') return text;
  if (typeof text === 'number' || typeof text === 'boolean') return String(text);
  return JSON.stringify(text);
}

/** "endsOn: 2027-01-01 → 2028-01-01; comment: Đồng ý": readable without the app. */
export function phraseChanges(changes: readonly FieldChange[]): string {
  return changes
    .map((change) =>
      'from' in change
        ? `${change.field}: ${value(change.from)} → ${value(change.to)}`
        : `${change.field}: ${value(change.to)}`,
    )
    .join('; ');
}

function record(event: AuditEventView, languages: readonly string[]): string {
  return csvRecord([
    event.position,
    event.occurredAt,
    event.type,
    event.actor.name,
    event.actor.role,
    event.onBehalfOf?.name ?? null,
    event.agreement === null ? null : pickText(event.agreement.title, languages),
    event.agreement?.id ?? null,
    event.streamId,
    event.version,
    phraseChanges(event.changes),
    event.hash,
    event.globalHash,
  ]);
}

export interface AuditCsv {
  /** UTF-8 with a byte order mark, CRLF, a header row: see csvDocument. */
  lines: AsyncGenerator<string>;
  /** Set when the filter holds more than one file's worth: the cursor to go on from. */
  nextCursor: string | null;
}

/**
 * The filtered log as CSV, read a batch at a time in one snapshot and written as it is
 * read. One file holds at most MAX_EXPORT_ROWS events; `nextCursor` continues after them
 * (whole-log exports are the background exports' job).
 */
export async function auditEventsCsv(
  dataSource: DataSource,
  params: SearchEventsParams,
  languages: readonly string[],
): Promise<AuditCsv> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    await runner.query('SET TRANSACTION READ ONLY');
    // Where this file ends: the MAX_EXPORT_ROWS-th event, if another follows it. A probe,
    // not paging: the file itself is read by keyset.
    const { where, values } = eventsAfterCursor(params);
    const boundary = await runner.manager.query<Array<{ position: string }>>(
      `SELECT e.position::text AS position FROM events e
        ${where}
        ORDER BY e.position ${params.order === 'desc' ? 'DESC' : 'ASC'}
        LIMIT 2 OFFSET ${MAX_EXPORT_ROWS - 1}`,
      values,
    );
    const last = boundary[0]?.position;
    const nextCursor =
      boundary.length === 2 && last !== undefined ? encodeCursor(params.order, last) : null;
    return { lines: lines(runner.manager, runner, params, languages), nextCursor };
  } catch (error) {
    await runner.release();
    throw error;
  }
}

async function* lines(
  manager: Parameters<typeof readEventPage>[0],
  runner: { rollbackTransaction(): Promise<void>; release(): Promise<void> },
  params: SearchEventsParams,
  languages: readonly string[],
): AsyncGenerator<string> {
  try {
    yield `\uFEFF${csvRecord(HEADER)}`;
    let cursor = params.cursor;
    let written = 0;
    while (written < MAX_EXPORT_ROWS) {
      const limit = Math.min(BATCH, MAX_EXPORT_ROWS - written);
      const page = await readEventPage(manager, { ...params, cursor, limit });
      if (page.items.length > 0) yield page.items.map((event) => record(event, languages)).join('');
      written += page.items.length;
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
  } finally {
    // Also when the client goes away mid-file: the stream is destroyed, the generator returns.
    await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}
