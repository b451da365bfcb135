import type { Writable } from 'node:stream';
import type { Actor } from '@concordat/domain';
import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { DossierLanguage } from './render/dossier-labels.js';
import { GetDossierQuery } from './queries/get-dossier/get-dossier.query.js';
import { renderDossier } from './render/render-dossier.js';

/**
 * The dossier for other modules (the evidence pack): read it as `actor` would on screen,
 * then write the PDF into `out`. Reading comes first, so an unknown or unreadable
 * agreement fails before a byte is written.
 */
@Injectable()
export class DossierPdf {
  constructor(private readonly queries: QueryBus) {}

  async write(
    agreementId: string,
    actor: Actor,
    language: DossierLanguage,
    out: Writable,
  ): Promise<void> {
    const data = await this.queries.execute(new GetDossierQuery(agreementId, actor));
    await renderDossier(data, language, out);
  }
}
