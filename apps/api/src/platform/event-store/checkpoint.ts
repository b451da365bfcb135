import canonicalize from 'canonicalize';
import type { EntityManager } from 'typeorm';
import { sha256Hex } from './event-hash.js';
import type { CheckpointSigner } from './signing-key.js';

export const CHECKPOINT_FORMAT = 'concordat-checkpoint-v1';

/** What a checkpoint signs: the heads of the global chain and of every stream. */
export interface CheckpointBody {
  /** Global position of the last event covered, as a decimal string; null for an empty log. */
  position: string | null;
  globalHash: string;
  streamCount: number;
  /** streamsDigest(): one hash over every stream's head at `position`. */
  streamsDigest: string;
  createdAt: string;
}

export interface Checkpoint extends CheckpointBody {
  id: string;
  keyId: string;
  signature: string;
}

/** A row of `event_checkpoints` as stored; readers select the columns they need. */
export interface CheckpointRow {
  id: string;
  position: string | null;
  global_hash: string;
  stream_count: number;
  streams_digest: string;
  created_at: Date;
  key_id: string;
  signature: string;
}

/** A stream's last event at some position. */
export interface StreamHead {
  streamId: string;
  version: number;
  hash: string;
}

/** The text that is signed: RFC 8785 JSON of the body plus the format name. */
export function checkpointText(body: CheckpointBody): string {
  // Field by field: a stored Checkpoint also carries its id, key id and signature.
  const text = canonicalize({
    format: CHECKPOINT_FORMAT,
    position: body.position,
    globalHash: body.globalHash,
    streamCount: body.streamCount,
    streamsDigest: body.streamsDigest,
    createdAt: body.createdAt,
  });
  if (text === undefined) throw new Error('a checkpoint has no canonical JSON form');
  return text;
}

/** hex SHA-256 of the canonical JSON array of [streamId, version, hash], by stream id. */
export function streamsDigest(heads: Iterable<StreamHead>): string {
  const rows = [...heads]
    .sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0))
    .map((head) => [head.streamId, head.version, head.hash]);
  return sha256Hex(canonicalize(rows) ?? '[]');
}

interface HeadRow {
  last_position: string | null;
  global_hash: string;
}

interface StreamHeadRow {
  stream_id: string;
  stream_version: number;
  hash: string;
}

/**
 * Signs the chain heads as they stand and stores the checkpoint. It reads the committed
 * head without locking: appends are serialised, so every event at or before that position
 * is committed and the per-stream heads below it cannot move.
 */
export async function createCheckpoint(
  manager: EntityManager,
  signer: CheckpointSigner,
  now: Date,
): Promise<Checkpoint> {
  const [head] = await manager.query<HeadRow[]>(
    `SELECT last_position::text AS last_position, global_hash FROM event_chain_head`,
  );
  if (head === undefined) throw new Error('event_chain_head has no row: migrations did not run');
  const heads = await manager.query<StreamHeadRow[]>(
    `SELECT DISTINCT ON (stream_id) stream_id::text AS stream_id, stream_version, hash
       FROM events WHERE position <= $1
      ORDER BY stream_id, stream_version DESC`,
    [head.last_position ?? '0'],
  );
  const body: CheckpointBody = {
    position: head.last_position,
    globalHash: head.global_hash,
    streamCount: heads.length,
    streamsDigest: streamsDigest(
      heads.map((row) => ({
        streamId: row.stream_id,
        version: row.stream_version,
        hash: row.hash,
      })),
    ),
    createdAt: now.toISOString(),
  };
  const signature = signer.sign(checkpointText(body));
  const rows = await manager.query<Array<{ id: string }>>(
    `INSERT INTO event_checkpoints (position, global_hash, stream_count, streams_digest, created_at, key_id, signature)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text AS id`,
    [
      body.position,
      body.globalHash,
      body.streamCount,
      body.streamsDigest,
      body.createdAt,
      signer.keyId,
      signature,
    ],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('the checkpoint insert returned no id');
  return { ...body, id, keyId: signer.keyId, signature };
}
