import { AGREEMENT_RECORD_STREAM_KINDS, type EventFilter } from '@concordat/domain';
import { foldForSearch, likePattern } from '../agreements/projections/search-text.js';

export interface SqlFragment {
  where: string;
  params: unknown[];
}

/**
 * The agreement an event belongs to: its own stream, or the agreement of the commitment
 * (observer list, export of that one agreement, dossier download) whose stream it is, as
 * `event_streams` records it. Other streams (policies, delegations, other exports,
 * verifications) belong to none.
 */
export const EVENT_AGREEMENT_ID = `(SELECT s.agreement_id FROM event_streams s WHERE s.stream_id = e.stream_id)`;

/** `s.kind IN (…)`: the streams that make up an agreement's record, not the reads of it. */
export const RECORD_STREAM_KIND = `s.kind IN (${AGREEMENT_RECORD_STREAM_KINDS.map((kind) => `'${kind}'`).join(', ')})`;

/** EVENT_AGREEMENT_ID for events of the agreement's record only (null for its reads). */
export const EVENT_RECORD_AGREEMENT_ID = `(SELECT s.agreement_id FROM event_streams s WHERE s.stream_id = e.stream_id AND ${RECORD_STREAM_KIND})`;

/**
 * WHERE clause over `events e` for an auditor's filter; every value is a bind parameter,
 * numbered after `offset` existing ones. The search, its CSV and the exports all use it.
 *
 * Each condition is shaped for an index (migration 1764110000000): the agreement and the
 * partner go through `event_streams` to the unique (stream_id, stream_version) index, `q`
 * through the trigram index on `concordat_event_text(payload)`, type/actor/time through
 * their own indexes.
 */
export function eventFilter(
  filter: EventFilter,
  offset = 0,
  options: { recordsOnly?: boolean } = {},
): SqlFragment {
  // An agreement's exports and dossier downloads are in its history (the search shows who
  // took it away), but an export of the agreement holds its record only: the streams of
  // AGREEMENT_RECORD_STREAM_KINDS, so two exports of the same record are the same lines.
  const kinds = options.recordsOnly ? ` AND ${RECORD_STREAM_KIND}` : '';
  const conditions: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${offset + params.length}`;
  };
  if (filter.agreementId) {
    conditions.push(`e.stream_id IN (SELECT s.stream_id FROM event_streams s
      WHERE s.agreement_id = ${bind(filter.agreementId)}::uuid${kinds})`);
  }
  if (filter.partner) {
    // partner_names is folded by the agreements projection; the query is folded alike.
    conditions.push(`e.stream_id IN (SELECT s.stream_id FROM event_streams s
      JOIN agreements a ON a.id = s.agreement_id
      WHERE a.partner_names LIKE ${bind(likePattern(foldForSearch(filter.partner)))}${kinds})`);
  }
  if (filter.actorId) conditions.push(`e.actor_id = ${bind(filter.actorId)}::uuid`);
  if (filter.type) conditions.push(`e.type = ANY (${bind(filter.type)}::text[])`);
  if (filter.from) conditions.push(`e.occurred_at >= ${bind(filter.from)}::timestamptz`);
  if (filter.to) conditions.push(`e.occurred_at < ${bind(filter.to)}::timestamptz`);
  if (filter.q) {
    // Only what people wrote (EVENT_COMMENT_FIELDS), folded as the agreements' search is,
    // so "dong y" finds "Đồng ý"; the SQL function names the same three fields.
    conditions.push(
      `concordat_event_text(e.payload) LIKE ${bind(likePattern(foldForSearch(filter.q)))}`,
    );
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
