import { readFile } from 'node:fs/promises';
import { type Manifest, MANIFEST_FORMAT } from './format.js';

/** A manifest that cannot be read as the format says; the message names the field. */
export class ManifestError extends Error {}

const HEX64 = /^[0-9a-f]{64}$/;
const DECIMAL = /^[0-9]+$/;

export async function readManifest(path: string): Promise<Manifest> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ManifestError(`the manifest cannot be read as JSON: ${(error as Error).message}`);
  }
  return parseManifest(value);
}

/** Checks the members the verifier relies on; the rest (filters, createdBy…) is informative. */
export function parseManifest(value: unknown): Manifest {
  if (!isObject(value)) throw new ManifestError('the manifest is not a JSON object');
  if (value.format !== MANIFEST_FORMAT) {
    throw new ManifestError(
      `"format" must be "${MANIFEST_FORMAT}", not ${JSON.stringify(value.format)}`,
    );
  }
  if (value.scope !== 'log' && value.scope !== 'streams' && value.scope !== 'selection') {
    throw new ManifestError('"scope" must be "log", "streams" or "selection"');
  }
  if (!Number.isInteger(value.rowCount)) throw new ManifestError('"rowCount" must be an integer');
  if (!Array.isArray(value.files)) throw new ManifestError('"files" must be an array');
  value.files.forEach((file: unknown, index: number) => {
    if (!isObject(file) || typeof file.name !== 'string' || typeof file.sha256 !== 'string') {
      throw new ManifestError(`"files[${index}]" needs a "name" and a "sha256"`);
    }
  });
  // A period with no events: the exporter writes both ends null and no line; there is no
  // range to hold the lines to (the row count must still be 0 and the file empty).
  let emptyRange = false;
  if (value.scope === 'log') {
    const range = value.range;
    emptyRange =
      isObject(range) &&
      range.fromPosition === null &&
      range.toPosition === null &&
      value.rowCount === 0;
    if (
      !emptyRange &&
      (!isObject(range) || !isDecimal(range.fromPosition) || !isDecimal(range.toPosition))
    ) {
      throw new ManifestError(
        'scope "log" needs "range" with decimal "fromPosition" and "toPosition"',
      );
    }
  }
  if (value.scope === 'streams') {
    if (!Array.isArray(value.streams))
      throw new ManifestError('scope "streams" needs a "streams" array');
    value.streams.forEach((stream: unknown, index: number) => {
      if (
        !isObject(stream) ||
        typeof stream.streamId !== 'string' ||
        !Number.isInteger(stream.toVersion) ||
        !isHex64(stream.headHash)
      ) {
        throw new ManifestError(`"streams[${index}]" needs "streamId", "toVersion" and "headHash"`);
      }
    });
  }
  const checkpoint = value.checkpoint ?? null;
  if (checkpoint !== null) {
    if (
      !isObject(checkpoint) ||
      !(checkpoint.position === null || isDecimal(checkpoint.position)) ||
      !isHex64(checkpoint.globalHash) ||
      !Number.isInteger(checkpoint.streamCount) ||
      !isHex64(checkpoint.streamsDigest) ||
      typeof checkpoint.createdAt !== 'string' ||
      typeof checkpoint.keyId !== 'string' ||
      typeof checkpoint.signature !== 'string'
    ) {
      throw new ManifestError(
        '"checkpoint" needs "position", "globalHash", "streamCount", "streamsDigest", "createdAt", "keyId" and "signature"',
      );
    }
  }
  const publicKey = value.publicKey ?? null;
  if (publicKey !== null && (!isObject(publicKey) || typeof publicKey.publicKeyPem !== 'string')) {
    throw new ManifestError('"publicKey" needs a "publicKeyPem"');
  }
  const heads = value.checkpointHeads ?? null;
  if (heads !== null) {
    const wellFormed =
      Array.isArray(heads) &&
      heads.every(
        (head: unknown) =>
          Array.isArray(head) &&
          head.length === 3 &&
          typeof head[0] === 'string' &&
          Number.isInteger(head[1]) &&
          isHex64(head[2]),
      );
    if (!wellFormed)
      throw new ManifestError('"checkpointHeads" must be an array of [streamId, version, hash]');
  }
  return (emptyRange ? { ...value, range: null } : value) as unknown as Manifest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDecimal(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

function isHex64(value: unknown): value is string {
  return typeof value === 'string' && HEX64.test(value);
}
