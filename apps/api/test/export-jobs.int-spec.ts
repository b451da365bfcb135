import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { ExportView, Page } from '@concordat/domain';
import { DataSource } from 'typeorm';
import { ExpireExportsJob } from '../src/modules/exports/jobs/expire-exports.job.js';
import { RunExportJob } from '../src/modules/exports/jobs/run-export.job.js';
import { EventStore } from '../src/platform/event-store/event-store.js';
import { download, waitForExport } from './support/export-files.js';
import { givenDraftAgreement, signedInAs, type SignedIn } from './support/factories.js';
import { onOtherInstance } from './support/other-instance.js';
import { TestClock } from './support/test-clock.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
// Both instances sign with one key, as a real deployment does.
const signingKey = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

describe('export jobs: permissions, cancelling, expiry, several instances', () => {
  const clock = new TestClock('2026-11-23T10:00:00.000Z');
  let t: TestApp;
  let auditor: SignedIn;
  let manager: SignedIn;
  let agreementId: string;

  beforeAll(async () => {
    t = await startTestApp({
      clock,
      signingKey,
      sessionTtlMs: 10 * YEAR_MS,
      exports: { batchSize: 1, retentionHours: 168 },
    });
    auditor = await signedInAs(t, 'auditor');
    manager = await signedInAs(t, 'manager');
    agreementId = (await givenDraftAgreement(t, manager)).id;
  });
  afterAll(() => t.close());

  const post = (as: SignedIn, body: unknown, headers: Record<string, string> = {}) =>
    t.request('POST', '/api/exports', { token: as.token, body, headers });
  const eventTypes = async (streamId: string): Promise<string[]> => {
    const { rows } = await t.sql.query<{ type: string }>(
      `SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    return rows.map((row) => row.type);
  };
  const chunkCount = async (exportId: string): Promise<number> => {
    const { rows } = await t.sql.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM export_file_chunks WHERE export_id = $1`,
      [exportId],
    );
    return Number(rows[0]?.n);
  };

  describe('permissions and input', () => {
    it('lets a manager export one agreement only: 403 naming filters.agreementId otherwise', async () => {
      const before = await t.sql.query(`SELECT count(*) FROM exports`);
      const denied = await post(manager, { format: 'csv', filters: {} });
      expect(denied.status).toBe(403);
      expect(denied.headers['content-type']).toContain('application/problem+json');
      expect(denied.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe(
        'filters.agreementId',
      );
      const typed = await post(manager, { format: 'csv', filters: { type: ['AgreementDrafted'] } });
      expect(typed.status).toBe(403);
      expect(await t.sql.query(`SELECT count(*) FROM exports`)).toEqual(before);
      const allowed = await post(manager, { format: 'csv', filters: { agreementId } });
      expect(allowed.status).toBe(202);
    });

    it('lets an auditor export the whole log and see everyone’s exports; a manager only their own', async () => {
      const own = await post(auditor, { format: 'jsonl' });
      expect(own.status).toBe(202);
      const mine = (await t.request('GET', '/api/exports', { token: manager.token })).json<
        Page<ExportView>
      >();
      expect(mine.items.every((item) => item.requestedBy.id === manager.user.id)).toBe(true);
      expect(mine.items.length).toBeGreaterThan(0);
      const hidden = await t.request('GET', `/api/exports/${own.json<ExportView>().id}`, {
        token: manager.token,
      });
      expect(hidden.status).toBe(404);
      expect(
        (await t.request('GET', '/api/exports?all=true', { token: manager.token })).status,
      ).toBe(403);
      const all = (await t.request('GET', '/api/exports?all=true', { token: auditor.token })).json<
        Page<ExportView>
      >();
      const who = new Set(all.items.map((item) => item.requestedBy.id));
      expect(who).toEqual(new Set([auditor.user.id, manager.user.id]));
      // Newest first.
      const times = all.items.map((item) => item.requestedAt);
      expect(times).toEqual([...times].sort().reverse());
    });

    it('answers bad input with 400 naming the field, and an unknown agreement with 400 too', async () => {
      const format = await post(auditor, { format: 'pdf', filters: {} });
      expect(format.status).toBe(400);
      expect(format.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('format');
      const to = await post(auditor, {
        format: 'csv',
        filters: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      });
      expect(to.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe('filters.to');
      const unknown = await post(auditor, {
        format: 'csv',
        filters: { agreementId: randomUUID() },
      });
      expect(unknown.status).toBe(400);
      expect(unknown.json<{ errors: Array<{ field: string }> }>().errors[0]?.field).toBe(
        'filters.agreementId',
      );
      expect(
        (await t.request('GET', '/api/exports/not-a-uuid', { token: auditor.token })).status,
      ).toBe(400);
      expect(
        (await t.request('GET', '/api/exports?pageSize=1000', { token: auditor.token })).status,
      ).toBe(400);
    });

    it('honours Idempotency-Key: the repeat answers the same export and queues nothing', async () => {
      const key = { 'idempotency-key': `export-${randomUUID()}` };
      const body = { format: 'jsonl', filters: { agreementId } };
      const first = await post(auditor, body, key);
      const again = await post(auditor, body, key);
      expect(first.status).toBe(202);
      expect(again.status).toBe(202);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json<ExportView>().id).toBe(first.json<ExportView>().id);
      const { rows } = await t.sql.query(
        `SELECT 1 FROM exports WHERE requested_by = $1 AND filters = $2`,
        [auditor.user.id, JSON.stringify(body.filters)],
      );
      expect(rows).toHaveLength(1);
    });
  });

  describe('running', () => {
    /** A log long enough to cancel in the middle of: 3 streams of 1,000 events. */
    /** Waits until the export's advisory lock is free by taking it and letting go at once. */
    async function waitUntilUnlocked(name: string): Promise<void> {
      const client = await t.sql.connect();
      try {
        for (;;) {
          const { rows } = await client.query<{ free: boolean }>(
            `SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS free`,
            [name],
          );
          if (rows[0]?.free) {
            await client.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [name]);
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      } finally {
        client.release();
      }
    }

    async function givenLongLog(): Promise<void> {
      const store = t.app.get(EventStore);
      const dataSource = t.app.get(DataSource);
      for (let s = 0; s < 3; s += 1) {
        await dataSource.transaction((manager) =>
          store.append(
            manager,
            randomUUID(),
            0,
            Array.from({ length: 1_000 }, (_, i) => ({
              type: 'NoteRecorded',
              data: { note: `Ghi chú ${i} — заметка — メモ` },
            })),
            auditor.user.id,
            clock.now().toISOString(),
          ),
        );
      }
    }

    it('cancels mid-export: status cancelled, the job stops between batches, no files remain', async () => {
      await givenLongLog();
      const created = (await post(auditor, { format: 'csv', filters: {} })).json<ExportView>();
      const running = t.app.get(RunExportJob).run(created.id);
      for (;;) {
        const view = (
          await t.request('GET', `/api/exports/${created.id}`, { token: auditor.token })
        ).json<ExportView>();
        if (view.status !== 'queued' && view.progress.rows > 10) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(await chunkCount(created.id)).toBeGreaterThanOrEqual(0);
      const cancel = await t.request('POST', `/api/exports/${created.id}/cancel`, {
        token: auditor.token,
      });
      expect(cancel.status).toBe(200);
      expect(cancel.json<ExportView>().status).toBe('cancelled');
      await running;
      // Whichever worker ran it (this call or pg-boss' own) has let go of it by now.
      // Only this export's lock: pg-boss and other test databases hold advisory locks too.
      await waitUntilUnlocked(`export:${created.id}`);
      const view = await waitForExport(t, auditor, created.id);
      expect(view.status).toBe('cancelled');
      expect(view.progress.rows).toBeLessThan(view.progress.totalRows ?? 0);
      expect(view.files).toEqual([]);
      expect(await chunkCount(created.id)).toBe(0);
      expect(await eventTypes(created.id)).toEqual([
        'ExportRequested',
        'ExportStarted',
        'ExportCancelled',
      ]);
      const again = await t.request('POST', `/api/exports/${created.id}/cancel`, {
        token: auditor.token,
      });
      expect(again.status).toBe(409);
      expect(
        (await download(t, auditor, `/api/exports/${created.id}/files/events.csv`)).status,
      ).toBe(409);
    });

    it('runs an export once though two api instances race for it', async () => {
      const created = (
        await post(auditor, { format: 'jsonl', filters: { agreementId } })
      ).json<ExportView>();
      let ran: boolean[] = [];
      await onOtherInstance(t, { clock, signingKey }, async (second) => {
        ran = await Promise.all([
          t.app.get(RunExportJob).run(created.id),
          second.get(RunExportJob).run(created.id),
        ]);
      });
      const view = await waitForExport(t, auditor, created.id);
      expect(view.status).toBe('completed');
      expect(ran.filter(Boolean).length).toBeLessThanOrEqual(1);
      expect(await eventTypes(created.id)).toEqual([
        'ExportRequested',
        'ExportStarted',
        'ExportCompleted',
      ]);
      expect(await t.app.get(RunExportJob).run(created.id)).toBe(false);
    });

    it('expires files after the retention: chunks deleted, status expired, the manifest stays', async () => {
      const created = (
        await post(auditor, { format: 'jsonl', filters: { agreementId } })
      ).json<ExportView>();
      await t.app.get(RunExportJob).run(created.id);
      const done = await waitForExport(t, auditor, created.id);
      expect(done.status).toBe('completed');
      expect(new Date(done.expiresAt ?? 0).getTime() - clock.now().getTime()).toBe(168 * 3_600_000);
      expect(await chunkCount(created.id)).toBeGreaterThan(0);
      const expire = () => t.app.get(ExpireExportsJob).run();

      clock.set(new Date(clock.now().getTime() + 167 * 3_600_000));
      expect(await expire()).not.toContain(created.id);
      clock.set(new Date(clock.now().getTime() + 2 * 3_600_000));
      const runs = await Promise.all([expire(), expire()]);
      expect(runs.flat().filter((id) => id === created.id)).toHaveLength(1);

      const view = await waitForExport(t, auditor, created.id);
      expect(view.status).toBe('expired');
      expect(view.files).toEqual([]);
      expect(await chunkCount(created.id)).toBe(0);
      expect(
        (await download(t, auditor, `/api/exports/${created.id}/files/events.jsonl`)).status,
      ).toBe(409);
      expect((await download(t, auditor, `/api/exports/${created.id}/manifest.json`)).status).toBe(
        200,
      );
      expect((await eventTypes(created.id)).slice(0, 4)).toEqual([
        'ExportRequested',
        'ExportStarted',
        'ExportCompleted',
        'ExportExpired',
      ]);
    });

    it('retries a failing export, then marks it failed with the error and keeps no files', async () => {
      // A real failure of the database under the job: the chunk store refuses every insert.
      await t.sql.query(`CREATE FUNCTION refuse_chunks() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
      await t.sql.query(`CREATE TRIGGER refuse_chunks BEFORE INSERT ON export_file_chunks
        FOR EACH ROW EXECUTE FUNCTION refuse_chunks()`);
      try {
        const created = (
          await post(auditor, { format: 'jsonl', filters: { agreementId } })
        ).json<ExportView>();
        const until = Date.now() + 30_000;
        for (;;) {
          await t.app
            .get(RunExportJob)
            .run(created.id)
            .catch(() => undefined);
          const { rows } = await t.sql.query<{ status: string }>(
            `SELECT status FROM exports WHERE id = $1`,
            [created.id],
          );
          if (rows[0]?.status === 'failed' || Date.now() > until) break;
        }
        const view = await waitForExport(t, auditor, created.id);
        expect(view.status).toBe('failed');
        expect(view.error).toContain('disk full (test)');
        expect(view.files).toEqual([]);
        expect(await chunkCount(created.id)).toBe(0);
        expect(await eventTypes(created.id)).toEqual([
          'ExportRequested',
          'ExportStarted',
          'ExportStarted',
          'ExportStarted',
          'ExportFailed',
        ]);
      } finally {
        await t.sql.query(`DROP TRIGGER refuse_chunks ON export_file_chunks`);
        await t.sql.query(`DROP FUNCTION refuse_chunks()`);
      }
    });
  });
});
