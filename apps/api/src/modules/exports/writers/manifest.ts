import {
  EXPORT_MANIFEST_FORMAT,
  type ExportFileEntry,
  type ExportManifest,
  type ManifestCheckpoint,
} from '@concordat/domain';
import { CHECKPOINT_FORMAT, type CheckpointRow } from '../../../platform/event-store/checkpoint.js';
import type { CheckpointSigner } from '../../../platform/event-store/signing-key.js';
import type { ExportContext, WrittenExport } from './export-context.js';

/** The latest signed checkpoint at or before the export's chain head, and (streams) its heads. */
export async function checkpointAt(
  context: ExportContext,
  withHeads: boolean,
): Promise<{
  checkpoint: ManifestCheckpoint | null;
  heads: Array<[string, number, string]> | null;
}> {
  const head = context.selection.head.position;
  if (head === null) return { checkpoint: null, heads: null };
  const [row] = await context.snapshot.query<Omit<CheckpointRow, 'id'>>(
    `SELECT position::text AS position, global_hash, stream_count, streams_digest, created_at, key_id, signature
       FROM event_checkpoints WHERE position <= $1
      ORDER BY position DESC, created_at DESC LIMIT 1`,
    [head],
  );
  if (row === undefined) return { checkpoint: null, heads: null };
  const checkpoint: ManifestCheckpoint = {
    format: CHECKPOINT_FORMAT,
    position: row.position,
    globalHash: row.global_hash,
    streamCount: row.stream_count,
    streamsDigest: row.streams_digest,
    createdAt: row.created_at.toISOString(),
    keyId: row.key_id,
    signature: row.signature,
  };
  if (!withHeads) return { checkpoint, heads: null };
  // Every stream's head at the checkpoint, as streamsDigest hashed them (sorted by stream id).
  const heads = await context.snapshot.query<{
    stream_id: string;
    stream_version: number;
    hash: string;
  }>(
    `SELECT DISTINCT ON (stream_id) stream_id::text AS stream_id, stream_version, hash
       FROM events WHERE position <= $1
      ORDER BY stream_id, stream_version DESC`,
    [row.position ?? '0'],
  );
  return {
    checkpoint,
    heads: heads.map((h): [string, number, string] => [h.stream_id, h.stream_version, h.hash]),
  };
}

/** manifest.json (concordat-export-manifest-v1) of an export whose files are `files`. */
export async function buildManifest(
  context: ExportContext,
  written: Omit<WrittenExport, 'files'>,
  files: ExportFileEntry[],
  signer: CheckpointSigner,
  now: Date,
): Promise<ExportManifest> {
  const { row, selection } = context;
  const streamsScope = selection.scope === 'streams';
  const { checkpoint, heads } = await checkpointAt(context, streamsScope);
  const filters: ExportManifest['filters'] = { ...row.filters };
  if (selection.scope === 'log' && (row.filters.from || row.filters.to)) {
    filters.positions =
      selection.range?.fromPosition && selection.range.toPosition
        ? { from: selection.range.fromPosition, to: selection.range.toPosition }
        : null;
    filters.note =
      'Every event from the first to the last position whose occurredAt lies in [from, to): an event in between whose clock time lies outside is included too, so the global chain is unbroken.';
  }
  return {
    format: EXPORT_MANIFEST_FORMAT,
    exportId: row.id,
    createdAt: now.toISOString(),
    createdBy: { id: row.requested_by, name: row.requested_by_name },
    filters,
    scope: selection.scope,
    rowCount: written.rowCount,
    files,
    chainHead: { position: selection.head.position, globalHash: selection.head.globalHash },
    ...(selection.scope === 'log' && selection.range !== null ? { range: selection.range } : {}),
    ...(streamsScope
      ? {
          streams: [...written.streams.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([streamId, head]) => ({
              streamId,
              fromVersion: 1 as const,
              toVersion: head.version,
              headHash: head.hash,
            })),
        }
      : {}),
    checkpoint,
    checkpointHeads: streamsScope ? heads : null,
    publicKey: { algorithm: 'Ed25519', keyId: signer.keyId, publicKeyPem: signer.publicKeyPem },
    verify: 'npm run verify -- events.jsonl manifest.json',
  };
}

export function manifestText(manifest: ExportManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
