import { Module } from '@nestjs/common';
import { DossierController } from './dossier.controller.js';
import { DossierPdf } from './dossier-pdf.js';
import { GetDossierHandler } from './queries/get-dossier/get-dossier.handler.js';

/**
 * The per-agreement PDF dossier (docs/dossier.md): one query, one renderer, one route;
 * DossierPdf lets the evidence pack put the same PDF into its ZIP.
 */
@Module({
  controllers: [DossierController],
  providers: [GetDossierHandler, DossierPdf],
  exports: [DossierPdf],
})
export class DossierModule {}
