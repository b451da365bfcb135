import type { EventFilter } from '../audit/event-filter.schema.js';
import type { UiLanguage } from '../shared/localized-text.js';
import type { ExportFormat } from './export.schemas.js';

/** One file of a finished export, as the manifest and ExportCompleted list it. */
export interface ExportFileEntry {
  name: string;
  sha256: string;
  bytes: number;
  /** Events in the file (event files only). */
  rows?: number;
}

/**
 * Every fact about an export, past tense; each export is its own stream (stream id = export
 * id), so who exported what, with which filters, is in the log it exports. These events are
 * appended in the same transaction as the `exports` row they change.
 */
export type ExportEvent =
  | {
      type: 'ExportRequested';
      data: { format: ExportFormat; filters: EventFilter; language: UiLanguage };
    }
  /** A run began (pg-boss retries a failed run: each attempt starts over). */
  | { type: 'ExportStarted'; data: { attempt: number } }
  | { type: 'ExportCompleted'; data: { rowCount: number; files: ExportFileEntry[] } }
  | { type: 'ExportFailed'; data: { error: string } }
  | { type: 'ExportCancelled'; data: { reason: string | null } }
  | { type: 'ExportExpired'; data: { files: string[] } }
  | { type: 'ExportDownloaded'; data: { file: string } };

export type ExportEventType = ExportEvent['type'];
