import { EVENT_COMMENT_FIELDS, pickText, type UiLanguage } from '@concordat/domain';
import canonicalize from 'canonicalize';
import type { EventRow } from './export-selection.js';

/**
 * One line of `events.jsonl` (format concordat-events-jsonl-v1): the RFC 8785 JSON of the
 * hashed fields plus the links, so each line verifies on its own:
 * hash = sha256(previousHash ‖ canonical(hashed fields)), globalHash = sha256(previousGlobalHash ‖ hash).
 */
export function jsonlLine(row: EventRow): string {
  const text = canonicalize({
    position: row.position,
    streamId: row.stream_id,
    version: row.stream_version,
    type: row.type,
    payload: row.payload,
    actorId: row.actor_id,
    occurredAt: row.occurred_at,
    previousHash: row.previous_hash,
    hash: row.hash,
    previousGlobalHash: row.previous_global_hash,
    globalHash: row.global_hash,
  });
  if (text === undefined) throw new Error(`event ${row.position} has no canonical JSON form`);
  return `${text}\n`;
}

export const EVENT_CSV_HEADER = [
  'position',
  'occurred_at',
  'agreement_id',
  'agreement_title',
  'stream_id',
  'version',
  'type',
  'actor_name',
  'actor_id',
  'on_behalf_of',
  'summary',
  'payload',
  'hash',
] as const;

export type EventCells = Array<string | number>;

/** The columns of EVENT_CSV_HEADER for one event; titles in `language` first. */
export function eventCells(row: EventRow, language: UiLanguage): EventCells {
  const title =
    row.agreement_title === null
      ? ''
      : pickText(row.agreement_title, [language, ...(row.title_languages ?? [])]);
  return [
    row.position,
    row.occurred_at,
    row.agreement_id ?? '',
    title,
    row.stream_id,
    row.stream_version,
    row.type,
    row.actor_name ?? '',
    row.actor_id,
    row.on_behalf_of_name ?? '',
    summary(row.payload),
    JSON.stringify(row.payload),
    row.hash,
  ];
}

/** What people wrote with the event (comment, reason, note): the line a reader scans for. */
function summary(payload: unknown): string {
  if (typeof payload !== 'object' || payload === null) return '';
  const record = payload as Record<string, unknown>;
  return EVENT_COMMENT_FIELDS.map((field) => record[field])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .join(' · ');
}

/** One RFC 4180 record with its CRLF: quoted when it holds a comma, a quote or a line break. */
export function csvLine(cells: ReadonlyArray<string | number>): string {
  return `${cells
    .map((cell) => {
      const text = String(cell);
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(',')}\r\n`;
}
