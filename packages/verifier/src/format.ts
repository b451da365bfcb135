/**
 * The two files an export hands to an outsider, as docs/integrity.md ("Verifying an export
 * offline") describes them. This package reads them without any Concordat server code, so
 * that someone who trusts nothing of ours can read these few files and re-check the export.
 */
export const EVENTS_FORMAT = 'concordat-events-jsonl-v1';
export const MANIFEST_FORMAT = 'concordat-export-manifest-v1';
export const CHECKPOINT_FORMAT = 'concordat-checkpoint-v1';

/** Sixty-four zeros: what the first event of a stream and of the whole log chain from. */
export const GENESIS_HASH = '0'.repeat(64);

/** One line of events.jsonl: the hashed fields, then the four links. */
export interface ExportLine {
  /** Global position in the log, a decimal string (not hashed; only its order matters). */
  position: string;
  streamId: string;
  version: number;
  type: string;
  payload: unknown;
  actorId: string;
  occurredAt: string;
  /** The `hash` of the stream's previous event, or GENESIS_HASH for version 1. */
  previousHash: string;
  hash: string;
  /** The `globalHash` of the event just before this one in the whole log. */
  previousGlobalHash: string;
  globalHash: string;
}

/** What the export covers, and so what the verifier can prove about completeness. */
export type ExportScope = 'log' | 'streams' | 'selection';

export interface ManifestFile {
  name: string;
  sha256: string;
  bytes: number;
  rows?: number;
}

export interface ManifestStream {
  streamId: string;
  fromVersion: number;
  toVersion: number;
  headHash: string;
}

export interface SignedCheckpoint {
  format: string;
  /** Position of the last event covered, decimal string; null for an empty log. */
  position: string | null;
  globalHash: string;
  streamCount: number;
  streamsDigest: string;
  createdAt: string;
  keyId: string;
  signature: string;
}

/** [streamId, version, hash]: one stream's head at the checkpoint. */
export type CheckpointHead = [string, number, string];

export interface Manifest {
  format: string;
  exportId?: string;
  createdAt?: string;
  createdBy?: { id: string; name: string };
  filters?: unknown;
  scope: ExportScope;
  rowCount: number;
  files: ManifestFile[];
  chainHead: { position: string | null; globalHash: string } | null;
  range?: { fromPosition: string; toPosition: string } | null;
  streams?: ManifestStream[] | null;
  checkpoint: SignedCheckpoint | null;
  checkpointHeads?: CheckpointHead[] | null;
  publicKey: { algorithm: string; keyId: string; publicKeyPem: string } | null;
  verify?: string;
}
