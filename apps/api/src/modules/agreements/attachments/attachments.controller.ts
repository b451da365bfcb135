import { createHash } from 'node:crypto';
import { Controller, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@concordat/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor } from '../../../platform/auth/current-user.decorator.js';
import { RequirePermission } from '../../../platform/auth/require-permission.decorator.js';
import { idempotentRequest } from '../../../platform/idempotency/idempotency-key.js';
import { answer } from '../../../platform/idempotency/idempotent-reply.js';
import { parseInput } from '../../../platform/validation/parse-input.js';
import { replyWithFile } from '../../../platform/http/file-reply.js';
import { parseAgreementId } from '../agreement-id.js';
import { expectedVersionFrom } from '../if-match.js';
import {
  AddAttachmentCommand,
  type AttachmentUploadView,
} from './add-attachment/add-attachment.command.js';
import { AddAttachmentDocs, GetAttachmentDocs } from './attachments.openapi.js';
import { GetAttachmentQuery } from './get-attachment/get-attachment.query.js';
import { uploadedFile } from './uploaded-file.js';
import { z } from 'zod';

const attachmentIdSchema = z.guid({ message: 'must be a UUID' });

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/agreements/:id/attachments')
export class AttachmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** Upload a file; who may is the AddAttachment row of the permission table. */
  @Post()
  @HttpCode(201)
  @RequirePermission('agreement.read')
  @AddAttachmentDocs()
  async upload(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttachmentUploadView> {
    const agreementId = parseAgreementId(id);
    const expectedVersion = expectedVersionFrom(ifMatch);
    const file = await uploadedFile(request);
    // The fingerprint stands for the body: same file, same name, same key → the same answer.
    const idempotency = idempotentRequest(
      idempotencyKey,
      actor.userId,
      'POST',
      `/api/agreements/${agreementId}/attachments`,
      {
        name: file.name,
        mediaType: file.mediaType,
        sha256: createHash('sha256').update(file.content).digest('hex'),
      },
    );
    return answer(
      reply,
      await this.commands.execute(
        new AddAttachmentCommand(agreementId, file, actor, expectedVersion, idempotency),
      ),
    );
  }

  @Get(':attachmentId')
  @RequirePermission('agreement.read')
  @GetAttachmentDocs()
  async download(
    @Param('id') id: string,
    @Param('attachmentId') attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.queries.execute(
      new GetAttachmentQuery(
        parseAgreementId(id),
        parseInput(attachmentIdSchema, attachmentId, 'attachmentId'),
      ),
    );
    return replyWithFile(reply, file);
  }
}
