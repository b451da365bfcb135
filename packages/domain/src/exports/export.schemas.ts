import { z } from 'zod';
import { eventFilterSchema } from '../audit/event-filter.schema.js';
import { UI_LANGUAGES } from '../shared/localized-text.js';

/**
 * What an export can be written as. `csv-excel` is `csv` with a UTF-8 byte order mark:
 * Excel reads a CSV without one in the machine's legacy code page, which garbles
 * Vietnamese, Russian and Japanese; other tools treat the mark as part of the first header.
 */
export const EXPORT_FORMATS = ['csv', 'csv-excel', 'jsonl', 'xlsx', 'evidence-pack'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_STATUSES = [
  'queued',
  'running',
  'completed',
  'failed',
  'cancelled',
  'expired',
] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** Still to finish: cancelling makes sense and the UI polls. */
export function isExportActive(status: ExportStatus): boolean {
  return status === 'queued' || status === 'running';
}

/** `POST /api/exports`. */
export const createExportSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS, {
    message: 'must be one of csv, csv-excel, jsonl, xlsx, evidence-pack',
  }),
  filters: eventFilterSchema.default({}),
  /** The language of titles and column headers in CSV and XLSX (default English). */
  language: z.enum(UI_LANGUAGES, { message: 'must be one of en, vi, ru, ja' }).optional(),
});
export type CreateExportInput = z.infer<typeof createExportSchema>;

const positiveInt = (fallback: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(max, { message: `must be at most ${max}` })
    .default(fallback);

/** `GET /api/exports`: the caller's own exports, or everyone's for auditors with `all=true`. */
export const listExportsQuerySchema = z.strictObject({
  page: positiveInt(1, 100_000),
  pageSize: positiveInt(20, 100),
  all: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
});
export type ListExportsQuery = z.infer<typeof listExportsQuerySchema>;

/** A file name inside an export: letters, digits, dots and dashes, nothing path-like. */
export const exportFileNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{0,99}$/, { message: 'is not a file of an export' });
