/** How exports run (AppOptions.exports; main reads CONCORDAT_EXPORT_RETENTION_HOURS). */
export interface ExportSettings {
  /** How long finished files are kept for download (default 168 hours, a week). */
  retentionHours: number;
  /** Rows read from the cursor at a time, and between two progress updates. */
  batchSize: number;
  /** When expired files are removed, as a cron expression in UTC. */
  expireCron: string;
}

export const EXPORT_SETTINGS = Symbol('EXPORT_SETTINGS');

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = {
  retentionHours: 168,
  batchSize: 2_000,
  expireCron: '*/10 * * * *',
};

/** pg-boss queue of export runs, one job per export. */
export const RUN_EXPORT_JOB = 'exports.run';
export const EXPIRE_EXPORTS_JOB = 'exports.expire';

/** Attempts of one export before it is marked failed (the first plus pg-boss' retries). */
export const EXPORT_ATTEMPTS = 3;
