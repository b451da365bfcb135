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

/**
 * The same canonical texts as eventHash() and canonical(line), built around one
 * serialisation of the payload (the costly part on millions of lines). Safe because every
 * other member is a string or an integer, whose RFC 8785 form is JSON.stringify's, and the
 * member names are ASCII, so sorting them as JavaScript strings is RFC 8785's order.
 */
export function canonicalTexts(line: ExportLine): { content: string; line: string } {
  const payload = canonical(line.payload);
  const s = JSON.stringify;
  const version = s(line.version);
  return {
    content: `{"actorId":${s(line.actorId)},"occurredAt":${s(line.occurredAt)},"payload":${payload},"streamId":${s(line.streamId)},"type":${s(line.type)},"version":${version}}`,
    line:
      `{"actorId":${s(line.actorId)},"globalHash":${s(line.globalHash)},"hash":${s(line.hash)},` +
      `"occurredAt":${s(line.occurredAt)},"payload":${payload},"position":${s(line.position)},` +
      `"previousGlobalHash":${s(line.previousGlobalHash)},"previousHash":${s(line.previousHash)},` +
      `"streamId":${s(line.streamId)},"type":${s(line.type)},"version":${version}}`,
  };
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
