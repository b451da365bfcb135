import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import {
  CHECKPOINT_FORMAT,
  type CheckpointHead,
  type ExportLine,
  type SignedCheckpoint,
} from './format.js';

/** RFC 8785 canonical JSON. */
export function canonical(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('the value has no canonical JSON form');
  return text;
}

/** Lower-case hex SHA-256 of the UTF-8 encoding of `text`. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * hash = SHA-256( previousHash ‖ canonical JSON of the six hashed fields ). The previous
 * hash is written as its 64 hex characters, then the JSON follows it directly.
 */
export function eventHash(line: ExportLine): string {
  const content = canonical({
    streamId: line.streamId,
    version: line.version,
    type: line.type,
    payload: line.payload,
    actorId: line.actorId,
    occurredAt: line.occurredAt,
  });
  return sha256Hex(line.previousHash + content);
}

/** globalHash = SHA-256( previousGlobalHash ‖ hash ). */
export function globalEventHash(previousGlobalHash: string, hash: string): string {
  return sha256Hex(previousGlobalHash + hash);
}

/** SHA-256 of the canonical JSON array of [streamId, version, hash], sorted by stream id. */
export function streamsDigest(heads: readonly CheckpointHead[]): string {
  const sorted = [...heads].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sha256Hex(canonical(sorted));
}

/** The exact text a checkpoint's Ed25519 signature covers. */
export function checkpointText(checkpoint: SignedCheckpoint): string {
  return canonical({
    format: CHECKPOINT_FORMAT,
    position: checkpoint.position,
    globalHash: checkpoint.globalHash,
    streamCount: checkpoint.streamCount,
    streamsDigest: checkpoint.streamsDigest,
    createdAt: checkpoint.createdAt,
  });
}

/** A key's id: hex SHA-256 of its SPKI DER encoding. */
export function keyIdOf(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function publicKeyFromPem(pem: string): KeyObject {
  return createPublicKey(pem);
}
