import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, ExportFileEntry, ExportManifest, Role } from '@concordat/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../../platform/clock/clock.js';
import { EventStore } from '../../../platform/event-store/event-store.js';
import { CheckpointSigner } from '../../../platform/event-store/signing-key.js';
import { JobQueue } from '../../../platform/jobs/job-queue.js';
import { DossierPdf } from '../../dossier/dossier-pdf.js';
import { SYSTEM_USER_ID } from '../../users/system-actor.js';
import {
  EXPORT_ATTEMPTS,
  EXPORT_SETTINGS,
  RUN_EXPORT_JOB,
  type ExportSettings,
} from '../export-settings.js';
import { ChunkSink, deleteChunks } from '../infrastructure/chunk-store.js';
import { appendExportEvent } from '../infrastructure/export-events.js';
import { EXPORT_COLUMNS, EXPORT_FROM, type ExportRow } from '../infrastructure/export-row.js';
import { EventSnapshot } from '../writers/event-snapshot.js';
import { ExportCancelledSignal, type ExportContext } from '../writers/export-context.js';
import { selectEvents } from '../writers/export-selection.js';
import { buildManifest, manifestText } from '../writers/manifest.js';
import { writeExport } from '../writers/write-export.js';

export interface RunExportData {
  exportId: string;
}

/**
 * Runs one export: a pg-boss job per export (queued with the ExportRequested transaction),
 * so of several api instances exactly one runs it, and a crashed run is retried. Each
 * attempt starts over from a fresh snapshot, removing what an earlier attempt stored.
 * The writers stream from a server-side cursor into the chunk store a batch at a time;
 * between batches the job records progress and stops if the export was cancelled.
 */
@Injectable()
export class RunExportJob implements OnApplicationBootstrap {
  private readonly logger = new Logger('Exports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly signer: CheckpointSigner,
    private readonly dossiers: DossierPdf,
    @Inject(EXPORT_SETTINGS) private readonly settings: ExportSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<RunExportData>({
      name: RUN_EXPORT_JOB,
      retryLimit: EXPORT_ATTEMPTS - 1,
      run: (data) => this.run(data.exportId),
    });
  }

  /**
   * Runs the export if it is still to run; returns whether this call wrote it. pg-boss
   * hands a job to one worker, and an advisory lock held by the snapshot's transaction
   * makes sure of it whoever calls: a second runner of the same export returns at once.
   */
  async run(exportId: string): Promise<boolean> {
    const snapshot = await EventSnapshot.open(this.dataSource);
    const sinks: ChunkSink[] = [];
    let row: ExportRow | null = null;
    try {
      if (!(await snapshot.tryLock(`export:${exportId}`))) return false;
      row = await this.claim(exportId);
      if (row === null) return false;
      const manifest = await this.write(snapshot, row, sinks);
      return await this.complete(row, manifest);
    } catch (error) {
      await Promise.all(sinks.map((sink) => sink.stop()));
      if (row === null) throw error;
      await deleteChunks((sql, params) => this.dataSource.query(sql, params), exportId);
      if (error instanceof ExportCancelledSignal) return false;
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`export ${exportId}, attempt ${row.attempts}: ${message}`);
      if (row.attempts < EXPORT_ATTEMPTS) throw error;
      await this.fail(row, message);
      return false;
    } finally {
      await snapshot.close();
    }
  }

  /** Marks the export running for one more attempt, unless it is finished or cancelled. */
  private claim(exportId: string): Promise<ExportRow | null> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<ExportRow[]>(
        `SELECT ${EXPORT_COLUMNS} FROM ${EXPORT_FROM} WHERE x.id = $1 FOR UPDATE OF x`,
        [exportId],
      );
      if (row === undefined || (row.status !== 'queued' && row.status !== 'running')) return null;
      const now = this.clock.now();
      const version = await appendExportEvent(
        manager,
        this.store,
        exportId,
        row.version,
        { type: 'ExportStarted', data: { attempt: row.attempts + 1 } },
        SYSTEM_USER_ID,
        now,
      );
      await manager.query(
        `UPDATE exports SET status = 'running', attempts = attempts + 1, started_at = $2,
                rows_done = 0, error = NULL WHERE id = $1`,
        [exportId, now],
      );
      await deleteChunks((sql, params) => manager.query(sql, params), exportId);
      return { ...row, status: 'running', attempts: row.attempts + 1, version };
    });
  }

  private async write(
    snapshot: EventSnapshot,
    row: ExportRow,
    sinks: ChunkSink[],
  ): Promise<ExportManifest> {
    const selection = await selectEvents(snapshot, row.scope, row.filters);
    await this.dataSource.query(`UPDATE exports SET total_rows = $2 WHERE id = $1`, [
      row.id,
      selection.totalRows,
    ]);
    const context: ExportContext = {
      row,
      snapshot,
      selection,
      batchSize: this.settings.batchSize,
      file: (name) => {
        const sink = new ChunkSink(this.dataSource, row.id, name);
        sinks.push(sink);
        return sink;
      },
      progress: (rows) => this.progress(row.id, rows),
      dossier: await this.dossierWriter(row, selection.scope),
    };
    const now = this.clock.now();
    const { manifest } = await writeExport(context, (written, files: ExportFileEntry[]) =>
      buildManifest(context, written, files, this.signer, now),
    );
    return manifest;
  }

  /**
   * The evidence pack of one agreement carries its dossier, in the export's language and as
   * the requester may read it (the same PDF they would download from the agreement page).
   */
  private async dossierWriter(
    row: ExportRow,
    scope: ExportContext['selection']['scope'],
  ): Promise<ExportContext['dossier']> {
    const agreementId = row.filters.agreementId;
    if (row.format !== 'evidence-pack' || scope !== 'streams' || agreementId === undefined)
      return null;
    const [user] = await this.dataSource.query<Array<{ role: Role }>>(
      `SELECT role FROM users WHERE id = $1`,
      [row.requested_by],
    );
    if (user === undefined) throw new Error(`the requester ${row.requested_by} is gone`);
    const actor: Actor = { userId: row.requested_by, role: user.role };
    return (out) => this.dossiers.write(agreementId, actor, row.language, out);
  }

  /** Records progress; a cancelled export has left `running`, and the job stops here. */
  private async progress(exportId: string, rows: number): Promise<void> {
    const updated = await this.dataSource.query<Array<{ id: string }>>(
      `WITH updated AS (
         UPDATE exports SET rows_done = $2 WHERE id = $1 AND status = 'running' RETURNING id)
       SELECT id FROM updated`,
      [exportId, rows],
    );
    if (updated.length === 0) throw new ExportCancelledSignal();
  }

  private complete(row: ExportRow, manifest: ExportManifest): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query<Array<{ status: string; version: number }>>(
        `SELECT status, version FROM exports WHERE id = $1 FOR UPDATE`,
        [row.id],
      );
      if (current?.status !== 'running') {
        // Cancelled while the last bytes were written: nothing of it stays.
        await deleteChunks((sql, params) => manager.query(sql, params), row.id);
        return false;
      }
      const now = this.clock.now();
      await appendExportEvent(
        manager,
        this.store,
        row.id,
        current.version,
        { type: 'ExportCompleted', data: { rowCount: manifest.rowCount, files: manifest.files } },
        SYSTEM_USER_ID,
        now,
      );
      await manager.query(
        `UPDATE exports SET status = 'completed', rows_done = $2, total_rows = $2, files = $3,
                manifest = $4, finished_at = $5, expires_at = $6 WHERE id = $1`,
        [
          row.id,
          manifest.rowCount,
          JSON.stringify(manifest.files),
          manifestText(manifest),
          now,
          new Date(now.getTime() + this.settings.retentionHours * 3_600_000),
        ],
      );
      return true;
    });
  }

  private async fail(row: ExportRow, message: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query<Array<{ status: string; version: number }>>(
        `SELECT status, version FROM exports WHERE id = $1 FOR UPDATE`,
        [row.id],
      );
      if (current?.status !== 'running') return;
      const now = this.clock.now();
      await appendExportEvent(
        manager,
        this.store,
        row.id,
        current.version,
        { type: 'ExportFailed', data: { error: message } },
        SYSTEM_USER_ID,
        now,
      );
      await manager.query(
        `UPDATE exports SET status = 'failed', error = $2, finished_at = $3 WHERE id = $1`,
        [row.id, message, now],
      );
    });
  }
}
