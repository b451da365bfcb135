import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import { readChunks } from '../../infrastructure/chunk-store.js';
import { readableExport } from '../../infrastructure/export-access.js';
import { appendExportEvent } from '../../infrastructure/export-events.js';
import { DownloadExportFileCommand, type ExportDownload } from './download-export-file.command.js';

export const MANIFEST_FILE = 'manifest.json';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  jsonl: 'application/jsonl; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  json: 'application/json; charset=utf-8',
};

@CommandHandler(DownloadExportFileCommand)
export class DownloadExportFileHandler implements ICommandHandler<DownloadExportFileCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ exportId, name, actor }: DownloadExportFileCommand): Promise<ExportDownload> {
    const download = await this.dataSource.transaction(async (manager) => {
      const row = await readableExport(manager, exportId, actor, true);
      const manifestOnly = name === MANIFEST_FILE;
      // The manifest stays after expiry: it is the record of what was handed out.
      const available = row.status === 'completed' || (manifestOnly && row.status === 'expired');
      if (!available) {
        throw new ApiError(
          ApiErrorCode.Conflict,
          `The export is ${row.status}: ${row.status === 'expired' ? 'its files were deleted' : 'it has no files'}.`,
          undefined,
          { exportStatus: row.status },
        );
      }
      const file = row.files.find((entry) => entry.name === name);
      if (!manifestOnly && file === undefined) {
        throw new ApiError(ApiErrorCode.NotFound, `The export has no file named ${name}.`);
      }
      await appendExportEvent(
        manager,
        this.store,
        exportId,
        row.version,
        { type: 'ExportDownloaded', data: { file: name } },
        actor.userId,
        this.clock.now(),
      );
      if (file !== undefined) return { file, manifest: null };
      const [stored] = await manager.query<Array<{ manifest: string | null }>>(
        `SELECT manifest FROM exports WHERE id = $1`,
        [exportId],
      );
      return { file: null, manifest: stored?.manifest ?? '' };
    });
    const extension = name.slice(name.lastIndexOf('.') + 1);
    const mediaType = MEDIA_TYPES[extension] ?? 'application/octet-stream';
    if (download.file !== null) {
      return {
        name,
        mediaType,
        bytes: download.file.bytes,
        sha256: download.file.sha256,
        content: readChunks(this.dataSource, exportId, name),
      };
    }
    const data = Buffer.from(download.manifest, 'utf8');
    return {
      name,
      mediaType,
      bytes: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      content: Readable.from([data]),
    };
  }
}
