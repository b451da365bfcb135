import { dirname, join } from 'node:path';
import type { DestinationStream } from 'pino';
import type { NotificationSettings } from '../modules/notifications/notification-settings.js';
import type { ExportSettings } from '../modules/exports/export-settings.js';
import type { Clock } from '../platform/clock/clock.js';
import { findRepoRoot } from '../platform/database/repo-root.js';

/** Everything createApp needs to know; main.ts reads it from the environment. */
export interface AppOptions {
  /** An existing PostgreSQL database. Without it, an embedded server is started. */
  databaseUrl?: string;
  /** Folder of the embedded cluster. */
  dataDir: string;
  seed: 'demo' | 'none';
  /** Serve the built web app (apps/web/dist) on the same port. */
  serveWeb: boolean;
  webDistDir: string;
  /** Serve Swagger UI at /api/docs (the JSON at /api/openapi.json is always there). */
  swaggerUi: boolean;
  logLevel: string;
  /** Where log lines go instead of stdout; only tests set it (to read what was logged). */
  logStream?: DestinationStream;
  sessionTtlMs: number;
  cookieSecure: boolean;
  loginAttempts: number;
  loginWindowMs: number;
  /** Ed25519 key that signs checkpoints: PKCS#8 PEM, or base64 of PKCS#8 DER or of the seed. */
  signingKey?: string;
  /** Where the key is read from, or generated on first start, when none is configured. */
  signingKeyFile?: string;
  /** When checkpoints of the event log are signed, as a cron expression in UTC. */
  checkpointCron: string;
  notifications: NotificationSettings;
  /** Background exports: retention, batch size, expiry schedule (defaults in export-settings). */
  exports?: Partial<ExportSettings>;
  /** Bearer token Prometheus scrapes /api/metrics with; without it only admins may read them. */
  metricsToken?: string;
  /** Tests hand in a clock they can move; the environment never sets one (system time). */
  clock?: Clock;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Reads the environment:
 * DATABASE_URL, CONCORDAT_DATA_DIR (default <repo>/.data/postgres), CONCORDAT_SEED
 * ("none" disables the demo data), CONCORDAT_WEB_DIST (default <repo>/apps/web/dist),
 * CONCORDAT_SERVE_WEB ("false" to serve the API only), LOG_LEVEL (default info),
 * CONCORDAT_SESSION_TTL_HOURS (default 12), CONCORDAT_COOKIE_SECURE ("true" behind HTTPS),
 * CONCORDAT_LOGIN_ATTEMPTS_PER_MINUTE (default 10), CONCORDAT_SIGNING_KEY (Ed25519 key for
 * checkpoints), CONCORDAT_SIGNING_KEY_FILE (default signing-key.pem beside the data folder:
 * <repo>/.data/signing-key.pem; generated on first start), CONCORDAT_CHECKPOINT_CRON (default
 * hourly, "0 * * * *"), SMTP_URL (unset: mail is kept in the admin's outbox), SMTP_FROM
 * (default "Concordat <no-reply@concordat.local>"), CONCORDAT_PUBLIC_URL (links in mail and
 * the calendar, default http://localhost:3000), CONCORDAT_REMINDER_CRON (default every 15
 * minutes), CONCORDAT_ESCALATE_AFTER_DAYS (default 2),
 * CONCORDAT_RENEWAL_NOTICE_DAYS (default 30), CONCORDAT_EXPORT_RETENTION_HOURS (default 168),
 * CONCORDAT_METRICS_TOKEN (bearer token for /api/metrics; unset: admins only).
 */
export function appOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): AppOptions {
  const root = findRepoRoot();
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  const dataDir = nonEmpty(env.CONCORDAT_DATA_DIR) ?? join(root, '.data', 'postgres');
  const signingKey = nonEmpty(env.CONCORDAT_SIGNING_KEY);
  const metricsToken = nonEmpty(env.CONCORDAT_METRICS_TOKEN);
  return {
    ...(databaseUrl !== undefined ? { databaseUrl } : {}),
    dataDir,
    seed: env.CONCORDAT_SEED === 'none' ? 'none' : 'demo',
    serveWeb: env.CONCORDAT_SERVE_WEB !== 'false',
    webDistDir: nonEmpty(env.CONCORDAT_WEB_DIST) ?? join(root, 'apps', 'web', 'dist'),
    swaggerUi: true,
    logLevel: nonEmpty(env.LOG_LEVEL) ?? 'info',
    sessionTtlMs: positiveNumber(env.CONCORDAT_SESSION_TTL_HOURS, 12) * HOUR_MS,
    cookieSecure: env.CONCORDAT_COOKIE_SECURE === 'true',
    loginAttempts: positiveNumber(env.CONCORDAT_LOGIN_ATTEMPTS_PER_MINUTE, 10),
    loginWindowMs: 60_000,
    ...(signingKey !== undefined ? { signingKey } : {}),
    ...(metricsToken !== undefined ? { metricsToken } : {}),
    // Beside the cluster, not in it: initdb wants an empty folder, and the key is no table.
    signingKeyFile:
      nonEmpty(env.CONCORDAT_SIGNING_KEY_FILE) ?? join(dirname(dataDir), 'signing-key.pem'),
    checkpointCron: nonEmpty(env.CONCORDAT_CHECKPOINT_CRON) ?? '0 * * * *',
    notifications: notificationSettingsFromEnv(env),
    exports: { retentionHours: positiveNumber(env.CONCORDAT_EXPORT_RETENTION_HOURS, 168) },
  };
}

function notificationSettingsFromEnv(env: NodeJS.ProcessEnv): NotificationSettings {
  const smtpUrl = nonEmpty(env.SMTP_URL);
  return {
    ...(smtpUrl !== undefined ? { smtpUrl } : {}),
    smtpFrom: nonEmpty(env.SMTP_FROM) ?? 'Concordat <no-reply@concordat.local>',
    publicUrl: (nonEmpty(env.CONCORDAT_PUBLIC_URL) ?? 'http://localhost:3000').replace(/\/+$/, ''),
    reminderCron: nonEmpty(env.CONCORDAT_REMINDER_CRON) ?? '*/15 * * * *',
    escalateAfterDays: positiveNumber(env.CONCORDAT_ESCALATE_AFTER_DAYS, 2),
    renewalNoticeDays: positiveNumber(env.CONCORDAT_RENEWAL_NOTICE_DAYS, 30),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function positiveNumber(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}
