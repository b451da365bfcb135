import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  canonical,
  checkpointText,
  eventHash,
  type ExportLine,
  type ExportScope,
  GENESIS_HASH,
  globalEventHash,
  keyIdOf,
  type Manifest,
  type SignedCheckpoint,
  streamsDigest,
} from '../src/index.js';

/**
 * Builds what the server would export, independently of the server: a log of interleaved
 * streams with valid chains, a checkpoint signed with a fresh Ed25519 key, and the
 * JSON Lines file plus manifest of one scope.
 */
export interface Log {
  lines: ExportLine[];
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export const STREAMS = [
  '0b6f3c1e-58a4-4c1e-9d7e-2f6c0a9b1d42',
  '5a2d0c77-1f3e-4b7a-8e21-9c4d2b1a0f33',
  'c9e8f7a6-2b1c-4d3e-8f5a-6b7c8d9e0f12',
];
const ACTOR = '7d1e2f3a-4b5c-4d6e-8f70-81920a1b2c3d';

/** Twelve events over three streams, positions with gaps as rolled-back identities leave. */
export function buildLog(
  payloadFor: (index: number) => unknown = (index) => ({ note: `event ${index}` }),
): Log {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const heads = new Map<string, { version: number; hash: string }>();
  let previousGlobalHash = GENESIS_HASH;
  const lines: ExportLine[] = [];
  for (let index = 0; index < 12; index += 1) {
    const streamId = STREAMS[index % 3] ?? '';
    const head = heads.get(streamId);
    const version = (head?.version ?? 0) + 1;
    const line = forge({
      position: String(index * 3 + 1),
      streamId,
      version,
      type: version === 1 ? 'AgreementDrafted' : 'ClauseCleared',
      payload: payloadFor(index),
      actorId: ACTOR,
      occurredAt: `2026-11-23T10:${String(10 + index).padStart(2, '0')}:45.123000Z`,
      previousHash: head?.hash ?? GENESIS_HASH,
      previousGlobalHash,
    });
    lines.push(line);
    heads.set(streamId, { version, hash: line.hash });
    previousGlobalHash = line.globalHash;
  }
  return { lines, privateKey, publicKey };
}

/** A line with correct hashes for its fields: what a forger who knows the format can make. */
export function forge(fields: Omit<ExportLine, 'hash' | 'globalHash'>): ExportLine {
  const hash = eventHash({ ...fields, hash: '', globalHash: '' });
  return { ...fields, hash, globalHash: globalEventHash(fields.previousGlobalHash, hash) };
}

export function toJsonl(lines: ExportLine[]): string {
  return lines.map((line) => `${canonical(line)}\n`).join('');
}

/** Every stream's head at `position` (inclusive), as checkpointHeads lists them. */
function headsAt(lines: ExportLine[], position: bigint): Array<[string, number, string]> {
  const heads = new Map<string, [string, number, string]>();
  for (const line of lines) {
    if (BigInt(line.position) <= position)
      heads.set(line.streamId, [line.streamId, line.version, line.hash]);
  }
  return [...heads.values()];
}

export function signCheckpoint(
  log: Log,
  atIndex: number,
  key: KeyObject = log.privateKey,
): SignedCheckpoint {
  const at = log.lines[atIndex];
  if (at === undefined) throw new Error('no such line');
  const heads = headsAt(log.lines, BigInt(at.position));
  const body = {
    format: 'concordat-checkpoint-v1',
    position: at.position,
    globalHash: at.globalHash,
    streamCount: heads.length,
    streamsDigest: streamsDigest(heads),
    createdAt: '2026-11-23T11:00:00.000Z',
    keyId: keyIdOf(log.publicKey),
    signature: '',
  };
  return {
    ...body,
    signature: sign(null, Buffer.from(checkpointText(body), 'utf8'), key).toString('base64'),
  };
}

export interface WrittenExport {
  dir: string;
  eventsPath: string;
  manifestPath: string;
  lines: ExportLine[];
  manifest: Manifest;
}

/** Selects the lines of a scope and writes events.jsonl and manifest.json to a new folder. */
export function writeExport(log: Log, scope: ExportScope): WrittenExport {
  const checkpoint = signCheckpoint(log, 7);
  const last = log.lines[log.lines.length - 1];
  if (last === undefined) throw new Error('empty log');
  let lines = log.lines;
  const manifest: Manifest = {
    format: 'concordat-export-manifest-v1',
    exportId: 'e6f1a2b3-c4d5-4e6f-8a7b-9c0d1e2f3a4b',
    createdAt: '2026-11-23T12:00:00.000Z',
    createdBy: { id: ACTOR, name: 'Auditor' },
    filters: {},
    scope,
    rowCount: 0,
    files: [],
    chainHead: { position: last.position, globalHash: last.globalHash },
    range: null,
    streams: null,
    checkpoint,
    checkpointHeads: null,
    publicKey: {
      algorithm: 'Ed25519',
      keyId: keyIdOf(log.publicKey),
      publicKeyPem: log.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
    verify: 'npm run verify -- events.jsonl manifest.json',
  };
  if (scope === 'log') {
    lines = log.lines.slice(2);
    manifest.range = { fromPosition: lines[0]?.position ?? '', toPosition: last.position };
  } else if (scope === 'streams') {
    const chosen = STREAMS.slice(0, 2);
    lines = log.lines.filter((line) => chosen.includes(line.streamId));
    manifest.filters = { agreementId: STREAMS[0] };
    manifest.streams = chosen.map((streamId) => {
      const own = lines.filter((line) => line.streamId === streamId);
      const head = own[own.length - 1];
      return {
        streamId,
        fromVersion: 1,
        toVersion: head?.version ?? 0,
        headHash: head?.hash ?? '',
      };
    });
    manifest.checkpointHeads = headsAt(log.lines, BigInt(checkpoint.position ?? '0'));
  } else {
    lines = log.lines.filter((line) => line.type === 'ClauseCleared');
    manifest.filters = { type: 'ClauseCleared' };
  }
  const dir = mkdtempSync(join(tmpdir(), `verifier-${scope}-`));
  const written: WrittenExport = {
    dir,
    eventsPath: join(dir, 'events.jsonl'),
    manifestPath: join(dir, 'manifest.json'),
    lines,
    manifest,
  };
  rewrite(written, toJsonl(lines), { updateManifest: true });
  return written;
}

/** Writes new file text; with updateManifest the manifest follows (a forger's full rewrite). */
export function rewrite(
  exported: WrittenExport,
  text: string,
  options: { updateManifest: boolean },
): void {
  writeFileSync(exported.eventsPath, text);
  if (options.updateManifest) {
    const rows = text.split('\n').filter((line) => line !== '').length;
    exported.manifest.rowCount = rows;
    exported.manifest.files = [
      {
        name: 'events.jsonl',
        sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
        bytes: Buffer.byteLength(text, 'utf8'),
        rows,
      },
    ];
  }
  writeFileSync(exported.manifestPath, `${JSON.stringify(exported.manifest, null, 2)}\n`);
}
