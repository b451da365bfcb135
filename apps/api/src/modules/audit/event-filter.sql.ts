import { EVENT_COMMENT_FIELDS, type EventFilter } from '@concordat/domain';
import { foldForSearch, likePattern } from '../agreements/projections/search-text.js';

export interface SqlFragment {
  where: string;
  params: unknown[];
}

/**
 * The agreement an event belongs to: its own stream, or the agreement of the commitment
 * whose stream it is. Other streams (policies, delegations, exports) belong to none.
 */
export const EVENT_AGREEMENT_ID = `COALESCE(
  (SELECT a.id FROM agreements a WHERE a.id = e.stream_id),
  (SELECT c.agreement_id FROM commitments c WHERE c.id = e.stream_id))`;

/**
 * WHERE clause over `events e` for an auditor's filter; every value is a bind parameter,
 * numbered after `offset` existing ones. The search, its CSV and the exports all use it.
 */
export function eventFilter(filter: EventFilter, offset = 0): SqlFragment {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${offset + params.length}`;
  };
  if (filter.agreementId) {
    const id = bind(filter.agreementId);
    conditions.push(
      `(e.stream_id = ${id} OR e.stream_id IN (SELECT c.id FROM commitments c WHERE c.agreement_id = ${id}))`,
    );
  }
  if (filter.partner) {
    conditions.push(`EXISTS (SELECT 1 FROM agreements a
      WHERE a.id = ${EVENT_AGREEMENT_ID}
        AND a.partner_names LIKE ${bind(likePattern(foldForSearch(filter.partner)))})`);
  }
  if (filter.actorId) conditions.push(`e.actor_id = ${bind(filter.actorId)}`);
  if (filter.type) conditions.push(`e.type = ANY (${bind(filter.type)}::text[])`);
  if (filter.from) conditions.push(`e.occurred_at >= ${bind(filter.from)}::timestamptz`);
  if (filter.to) conditions.push(`e.occurred_at < ${bind(filter.to)}::timestamptz`);
  if (filter.q) {
    // Only what people wrote is searched, not ids or hashes elsewhere in the payload.
    const written = EVENT_COMMENT_FIELDS.map((field) => `e.payload->>'${field}'`).join(', ');
    conditions.push(
      `lower(concat_ws(' ', ${written})) LIKE ${bind(likePattern(filter.q.toLowerCase()))}`,
    );
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
