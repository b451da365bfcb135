import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { isExportActive, type ExportView } from '@concordat/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import { deleteChunks } from '../../infrastructure/chunk-store.js';
import { readableExport } from '../../infrastructure/export-access.js';
import { appendExportEvent } from '../../infrastructure/export-events.js';
import { toExportView } from '../../infrastructure/export-row.js';
import { CancelExportCommand } from './cancel-export.command.js';

/**
 * Marks the export cancelled with ExportCancelled and deletes its stored chunks. A running
 * job notices at its next batch (its progress update finds the row no longer running),
 * stops and deletes whatever it stored meanwhile. Cancelling twice is a 409, not a no-op:
 * the caller learns the export had already ended.
 */
@CommandHandler(CancelExportCommand)
export class CancelExportHandler implements ICommandHandler<CancelExportCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ exportId, actor }: CancelExportCommand): Promise<ExportView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await readableExport(manager, exportId, actor, true);
      if (!isExportActive(row.status)) {
        throw new ApiError(
          ApiErrorCode.Conflict,
          `The export is already ${row.status}.`,
          undefined,
          {
            exportStatus: row.status,
          },
        );
      }
      const now = this.clock.now();
      await appendExportEvent(
        manager,
        this.store,
        exportId,
        row.version,
        { type: 'ExportCancelled', data: { reason: null } },
        actor.userId,
        now,
      );
      await manager.query(
        `UPDATE exports SET status = 'cancelled', finished_at = $2 WHERE id = $1`,
        [exportId, now],
      );
      await deleteChunks((sql, params) => manager.query(sql, params), exportId);
      return toExportView(await readableExport(manager, exportId, actor));
    });
  }
}
