import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * The one definition of what the event log's hash chains cover (docs/integrity.md says the
 * same for auditors; change neither without the other, and never for stored events: a
 * new rule would need a new format name and a migration that keeps the old chains
 * verifiable).
 *
 *   content     = RFC 8785 canonical JSON of HashedEvent (below), UTF-8
 *   hash        = hex SHA-256( previous hash in the stream ‖ content )
 *   global_hash = hex SHA-256( previous global_hash in position order ‖ hash )
 *
 * "‖" concatenates the previous hash as its 64 lower-case hex characters with the text
 * that follows. The first event of a stream, and the first event of the log, chain from
 * GENESIS_HASH. The global chain covers the stream hashes, so it commits to every event's
 * content and to the order of the whole log without hashing each payload twice. The
 * position number itself is not hashed: identity values skip numbers when a transaction
 * rolls back, so only the order is meaningful.
 */
export const HASH_FORMAT = 'concordat-events-v1';

/** Sixty-four zeros: what the first event of a stream and of the log chain from. */
export const GENESIS_HASH = '0'.repeat(64);

/** Exactly the fields hashed, named as in the canonical JSON. Any event type fits. */
export interface HashedEvent {
  /** The stream (agreement) id, a lower-case UUID. */
  streamId: string;
  /** Version within the stream, 1 for its first event. */
  version: number;
  type: string;
  /** The payload as the database returns it (jsonb), any JSON value. */
  payload: unknown;
  /** The acting user's id, a lower-case UUID. */
  actorId: string;
  /** UTC, microsecond precision: `YYYY-MM-DDTHH:MM:SS.ffffffZ`. */
  occurredAt: string;
}

/** The canonical text of an event: RFC 8785 JSON of the hashed fields and nothing else. */
export function canonicalEvent(event: HashedEvent): string {
  const text = canonicalize({
    streamId: event.streamId,
    version: event.version,
    type: event.type,
    payload: event.payload,
    actorId: event.actorId,
    occurredAt: event.occurredAt,
  });
  if (text === undefined) throw new Error('an event has no canonical JSON form');
  return text;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The stream chain link of `event` after `previousHash`. */
export function eventHash(previousHash: string, event: HashedEvent): string {
  return sha256Hex(previousHash + canonicalEvent(event));
}

/** The global chain link of an event whose stream hash is `hash`. */
export function globalEventHash(previousGlobalHash: string, hash: string): string {
  return sha256Hex(previousGlobalHash + hash);
}

/**
 * An instant as the hash covers it: UTC with six fractional digits, which is what
 * PostgreSQL keeps of a timestamptz. The store inserts this very text, so what is hashed
 * and what is stored cannot differ by rounding.
 */
export function hashTimestamp(instant: string | Date): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new Error(`not an instant: ${String(instant)}`);
  return date.toISOString().replace(/Z$/, '000Z');
}

/** The SQL that reads `occurred_at` in the hashed form (PostgreSQL's `US` is microseconds). */
export const OCCURRED_AT_AS_HASHED = `to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
