import type { EventFilter } from '../audit/event-filter.schema.js';
import type { LocalizedText, UiLanguage } from '../shared/localized-text.js';
import type { ExportFileEntry } from './export.events.js';
import type { ExportFormat, ExportStatus } from './export.schemas.js';
import type { ExportScope } from './export-scope.js';

/** An export as `GET /api/exports/{id}` answers it. */
export interface ExportView {
  id: string;
  format: ExportFormat;
  filters: EventFilter;
  /** The title of the agreement in `filters.agreementId`, if any, for lists. */
  agreementTitle: LocalizedText | null;
  /** The order to show that title's languages in when the reader's is not among them. */
  agreementTitleLanguages: string[];
  language: UiLanguage;
  scope: ExportScope;
  status: ExportStatus;
  progress: { rows: number; totalRows: number | null };
  error: string | null;
  /** Files of a completed export (empty before, and after expiry). */
  files: ExportFileEntry[];
  /** Total bytes of the files. */
  bytes: number;
  requestedBy: { id: string; name: string };
  requestedAt: string;
  finishedAt: string | null;
  expiresAt: string | null;
  /** Where the manifest is, once completed. */
  manifestUrl: string | null;
}
