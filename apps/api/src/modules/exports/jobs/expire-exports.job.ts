import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExportFileEntry } from '@concordat/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../../platform/clock/clock.js';
import { EventStore } from '../../../platform/event-store/event-store.js';
import { JobQueue } from '../../../platform/jobs/job-queue.js';
import { SYSTEM_USER_ID } from '../../users/system-actor.js';
import { EXPIRE_EXPORTS_JOB, EXPORT_SETTINGS, type ExportSettings } from '../export-settings.js';
import { deleteChunks } from '../infrastructure/chunk-store.js';
import { appendExportEvent } from '../infrastructure/export-events.js';

/**
 * Deletes the files of exports past their retention (CONCORDAT_EXPORT_RETENTION_HOURS) and
 * marks them expired; the export's events and manifest stay, as the record of what was
 * handed out. Each export in its own transaction, locked and re-checked, so two instances
 * (or two ticks) expire it once.
 */
@Injectable()
export class ExpireExportsJob implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly store: EventStore,
    private readonly clock: Clock,
    @Inject(EXPORT_SETTINGS) private readonly settings: ExportSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule({
      name: EXPIRE_EXPORTS_JOB,
      cron: this.settings.expireCron,
      run: () => this.run(),
    });
  }

  /** Expires what is due now; returns the ids it expired. */
  async run(): Promise<string[]> {
    const now = this.clock.now();
    const due = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM exports WHERE status = 'completed' AND expires_at <= $1 ORDER BY expires_at`,
      [now],
    );
    const expired: string[] = [];
    for (const { id } of due) {
      const done = await this.dataSource.transaction(async (manager) => {
        const [row] = await manager.query<
          Array<{ status: string; version: number; files: ExportFileEntry[] }>
        >(`SELECT status, version, files FROM exports WHERE id = $1 FOR UPDATE SKIP LOCKED`, [id]);
        if (row?.status !== 'completed') return false;
        await appendExportEvent(
          manager,
          this.store,
          id,
          row.version,
          { type: 'ExportExpired', data: { files: row.files.map((file) => file.name) } },
          SYSTEM_USER_ID,
          now,
        );
        await manager.query(`UPDATE exports SET status = 'expired', files = '[]' WHERE id = $1`, [
          id,
        ]);
        await deleteChunks((sql, params) => manager.query(sql, params), id);
        return true;
      });
      if (done) expired.push(id);
    }
    return expired;
  }
}
