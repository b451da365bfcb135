import { Module } from '@nestjs/common';
import { RecordDossierExportHandler } from './commands/record-dossier-export/record-dossier-export.handler.js';
import { DossierController } from './dossier.controller.js';
import { DossierPdf } from './dossier-pdf.js';
import { GetDossierHandler } from './queries/get-dossier/get-dossier.handler.js';

/**
 * The per-agreement PDF dossier (docs/dossier.md): one query, one renderer, one route that
 * records each download (DossierExported); DossierPdf lets the evidence pack put the same
 * PDF into its ZIP.
 */
@Module({
  controllers: [DossierController],
  providers: [GetDossierHandler, RecordDossierExportHandler, DossierPdf],
  exports: [DossierPdf],
})
export class DossierModule {}
