import { Module } from '@nestjs/common';
import { DossierController } from './dossier.controller.js';
import { GetDossierHandler } from './queries/get-dossier/get-dossier.handler.js';

/** The per-agreement PDF dossier (docs/dossier.md): one query, one renderer, one route. */
@Module({
  controllers: [DossierController],
  providers: [GetDossierHandler],
})
export class DossierModule {}
