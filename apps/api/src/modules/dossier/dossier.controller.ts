import { PassThrough } from 'node:stream';
import { Controller, Get, Headers, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@concordat/domain';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../../platform/auth/current-user.decorator.js';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import { contentDisposition } from '../../platform/http/file-reply.js';
import { parseAgreementId } from '../agreements/agreement-id.js';
import { dossierLanguage } from './dossier-language.js';
import { GetDossierDocs } from './dossier.openapi.js';
import { RecordDossierExportCommand } from './commands/record-dossier-export/record-dossier-export.command.js';
import { GetDossierQuery } from './queries/get-dossier/get-dossier.query.js';
import { renderDossier } from './render/render-dossier.js';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/agreements')
export class DossierController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  /**
   * Whoever may read the agreement may take its dossier away; each download is recorded
   * (DossierExported) once the dossier is read, before the PDF is sent.
   */
  @Get(':id/dossier.pdf')
  @RequirePermission('agreement.read')
  @GetDossierDocs()
  async dossier(
    @Param('id') id: string,
    @Query('lang') lang: unknown,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const agreementId = parseAgreementId(id);
    const language = dossierLanguage(lang, acceptLanguage);
    const data = await this.queries.execute(new GetDossierQuery(agreementId, actor));
    await this.commands.execute(
      new RecordDossierExportCommand(agreementId, language, actor.userId),
    );
    const body = new PassThrough();
    // Streamed: the first pages leave while the timeline is still being set. A failure
    // after the headers went out can only cut the body short, which a PDF reader notices.
    renderDossier(data, language, body).catch((error: unknown) =>
      body.destroy(error instanceof Error ? error : new Error(String(error))),
    );
    void reply.header('cache-control', 'no-store');
    return new StreamableFile(body, {
      type: 'application/pdf',
      disposition: contentDisposition(`dossier-${agreementId}-${language}.pdf`),
    });
  }
}
