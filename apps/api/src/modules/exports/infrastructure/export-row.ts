import type {
  EventFilter,
  ExportFileEntry,
  ExportFormat,
  ExportScope,
  ExportStatus,
  ExportView,
  LocalizedText,
  UiLanguage,
} from '@concordat/domain';

/** An `exports` row as EXPORT_COLUMNS reads it. */
export interface ExportRow {
  id: string;
  format: ExportFormat;
  filters: EventFilter;
  language: UiLanguage;
  scope: ExportScope;
  status: ExportStatus;
  rows_done: string;
  total_rows: string | null;
  error: string | null;
  files: ExportFileEntry[];
  version: number;
  attempts: number;
  requested_by: string;
  requested_by_name: string;
  agreement_title: LocalizedText | null;
  agreement_title_languages: string[] | null;
  requested_at: Date;
  finished_at: Date | null;
  expires_at: Date | null;
}

/** The columns of ExportRow over `exports x JOIN users u ON u.id = x.requested_by`. */
export const EXPORT_COLUMNS = `x.id, x.format, x.filters, x.language, x.scope, x.status,
  x.rows_done::text AS rows_done, x.total_rows::text AS total_rows, x.error, x.files,
  x.version, x.attempts, x.requested_by, u.name AS requested_by_name, x.requested_at,
  x.finished_at, x.expires_at, a.title AS agreement_title,
  a.title_languages AS agreement_title_languages`;

/** The agreement of a one-agreement export, for its title in lists. */
export const EXPORT_FROM = `exports x JOIN users u ON u.id = x.requested_by
  LEFT JOIN agreements a ON a.id::text = x.filters->>'agreementId'`;

export function toExportView(row: ExportRow): ExportView {
  return {
    id: row.id,
    format: row.format,
    filters: row.filters,
    agreementTitle: row.agreement_title,
    agreementTitleLanguages: row.agreement_title_languages ?? [],
    language: row.language,
    scope: row.scope,
    status: row.status,
    progress: {
      rows: Number(row.rows_done),
      totalRows: row.total_rows === null ? null : Number(row.total_rows),
    },
    error: row.error,
    files: row.files,
    bytes: row.files.reduce((sum, file) => sum + file.bytes, 0),
    requestedBy: { id: row.requested_by, name: row.requested_by_name },
    requestedAt: row.requested_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    manifestUrl: row.status === 'completed' ? `/api/exports/${row.id}/manifest.json` : null,
  };
}
