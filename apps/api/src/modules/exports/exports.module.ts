import { type DynamicModule, Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module.js';
import { IdempotencyModule } from '../../platform/idempotency/idempotency.module.js';
import { CancelExportHandler } from './commands/cancel-export/cancel-export.handler.js';
import { DownloadExportFileHandler } from './commands/download-export-file/download-export-file.handler.js';
import { RequestExportHandler } from './commands/request-export/request-export.handler.js';
import {
  DEFAULT_EXPORT_SETTINGS,
  EXPORT_SETTINGS,
  type ExportSettings,
} from './export-settings.js';
import { ExportsController } from './exports.controller.js';
import { ExpireExportsJob } from './jobs/expire-exports.job.js';
import { RunExportJob } from './jobs/run-export.job.js';
import { GetExportHandler } from './queries/get-export/get-export.handler.js';
import { ListExportsHandler } from './queries/list-exports/list-exports.handler.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({})
export class ExportsModule {
  /** The CheckpointSigner comes from AuditModule (global), so manifests name the same key. */
  static register(settings: Partial<ExportSettings> = {}): DynamicModule {
    return {
      module: ExportsModule,
      imports: [IdempotencyModule, DossierModule],
      controllers: [ExportsController],
      providers: [
        { provide: EXPORT_SETTINGS, useValue: { ...DEFAULT_EXPORT_SETTINGS, ...settings } },
        RequestExportHandler,
        CancelExportHandler,
        DownloadExportFileHandler,
        GetExportHandler,
        ListExportsHandler,
        RunExportJob,
        ExpireExportsJob,
      ],
    };
  }
}
