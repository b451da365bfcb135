import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  createExportSchema,
  exportFileNameSchema,
  type ExportView,
  listExportsQuerySchema,
  type Page,
} from '@concordat/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentActor } from '../../platform/auth/current-user.decorator.js';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import { contentDisposition } from '../../platform/http/file-reply.js';
import { idempotentRequest } from '../../platform/idempotency/idempotency-key.js';
import { answer, pathOf } from '../../platform/idempotency/idempotent-reply.js';
import { parseInput } from '../../platform/validation/parse-input.js';
import { CancelExportCommand } from './commands/cancel-export/cancel-export.command.js';
import {
  DownloadExportFileCommand,
  type ExportDownload,
} from './commands/download-export-file/download-export-file.command.js';
import { MANIFEST_FILE } from './commands/download-export-file/download-export-file.handler.js';
import { RequestExportCommand } from './commands/request-export/request-export.command.js';
import {
  CancelExportDocs,
  DownloadExportFileDocs,
  DownloadExportManifestDocs,
  GetExportDocs,
  ListExportsDocs,
  RequestExportDocs,
} from './exports.openapi.js';
import { GetExportQuery } from './queries/get-export/get-export.query.js';
import { ListExportsQueryMessage } from './queries/list-exports/list-exports.query.js';

const exportIdSchema = z.guid({ message: 'must be a UUID' });

@ApiTags('exports')
@ApiBearerAuth()
@Controller('api/exports')
export class ExportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('export.request')
  @RequestExportDocs()
  async request(
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExportView> {
    const input = parseInput(createExportSchema, body);
    const idempotency = idempotentRequest(
      idempotencyKey,
      actor.userId,
      'POST',
      pathOf(request),
      body,
    );
    return answer(
      reply,
      await this.commands.execute(new RequestExportCommand(input, actor, idempotency)),
    );
  }

  @Get()
  @RequirePermission('export.request')
  @ListExportsDocs()
  list(@Query() query: unknown, @CurrentActor() actor: Actor): Promise<Page<ExportView>> {
    return this.queries.execute(
      new ListExportsQueryMessage(parseInput(listExportsQuerySchema, query, 'query'), actor),
    );
  }

  @Get(':id')
  @RequirePermission('export.request')
  @GetExportDocs()
  get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ExportView> {
    return this.queries.execute(new GetExportQuery(parseInput(exportIdSchema, id, 'id'), actor));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('export.request')
  @CancelExportDocs()
  cancel(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ExportView> {
    return this.commands.execute(
      new CancelExportCommand(parseInput(exportIdSchema, id, 'id'), actor),
    );
  }

  @Get(':id/manifest.json')
  @RequirePermission('export.request')
  @DownloadExportManifestDocs()
  async manifest(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.download(parseInput(exportIdSchema, id, 'id'), MANIFEST_FILE, actor, reply);
  }

  @Get(':id/files/:name')
  @RequirePermission('export.request')
  @DownloadExportFileDocs()
  async file(
    @Param('id') id: string,
    @Param('name') name: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.download(
      parseInput(exportIdSchema, id, 'id'),
      parseInput(exportFileNameSchema, name, 'name'),
      actor,
      reply,
    );
  }

  private async download(
    id: string,
    name: string,
    actor: Actor,
    reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file: ExportDownload = await this.commands.execute(
      new DownloadExportFileCommand(id, name, actor),
    );
    if (file.sha256 !== null) {
      void reply.headers({
        // RFC 9530: the client can check the bytes against the manifest's hash.
        'repr-digest': `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
        'x-content-sha256': file.sha256,
      });
    }
    return new StreamableFile(file.content, {
      type: file.mediaType,
      disposition: contentDisposition(file.name),
      length: file.bytes,
    });
  }
}
