import type { EventFilter } from '../audit/event-filter.schema.js';
import type { ExportFileEntry } from './export.events.js';
import type { ExportScope } from './export-scope.js';

export const EXPORT_MANIFEST_FORMAT = 'concordat-export-manifest-v1';
export const EVENTS_JSONL_FORMAT = 'concordat-events-jsonl-v1';

/** The latest signed checkpoint at or before the export's chain head. */
export interface ManifestCheckpoint {
  format: 'concordat-checkpoint-v1';
  position: string | null;
  globalHash: string;
  streamCount: number;
  streamsDigest: string;
  createdAt: string;
  keyId: string;
  signature: string;
}

/**
 * `manifest.json` of an export (format concordat-export-manifest-v1, shared with the offline
 * verifier in packages/verifier; docs/audit.md describes each member).
 */
export interface ExportManifest {
  format: typeof EXPORT_MANIFEST_FORMAT;
  exportId: string;
  createdAt: string;
  createdBy: { id: string; name: string };
  /** The filters as requested; a `log` export of a time range adds the positions it covers. */
  filters: EventFilter & { positions?: { from: string; to: string } | null; note?: string };
  scope: ExportScope;
  rowCount: number;
  files: ExportFileEntry[];
  chainHead: { position: string | null; globalHash: string };
  range?: { fromPosition: string | null; toPosition: string | null };
  streams?: Array<{ streamId: string; fromVersion: 1; toVersion: number; headHash: string }>;
  checkpoint: ManifestCheckpoint | null;
  checkpointHeads: Array<[string, number, string]> | null;
  publicKey: { algorithm: 'Ed25519'; keyId: string; publicKeyPem: string };
  verify: string;
}
