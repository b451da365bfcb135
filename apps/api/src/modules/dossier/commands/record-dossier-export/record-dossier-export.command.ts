import { Command } from '@nestjs/cqrs';
import type { DossierLanguage } from '../../render/dossier-labels.js';

/** Records that `actorId` took agreement `agreementId`'s dossier, in `language`. */
export class RecordDossierExportCommand extends Command<{ streamId: string }> {
  constructor(
    readonly agreementId: string,
    readonly language: DossierLanguage,
    readonly actorId: string,
  ) {
    super();
  }
}
