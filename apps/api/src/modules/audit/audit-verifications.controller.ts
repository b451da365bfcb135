import type { UserRef, VerificationView } from '@concordat/domain';
import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '../../platform/auth/current-user.decorator.js';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import { GetVerificationDocs, StartVerificationDocs } from './audit-verifications.openapi.js';
import { StartVerificationCommand } from './commands/start-verification/start-verification.command.js';
import { GetVerificationQuery } from './queries/get-verification/get-verification.query.js';

/** Verifications of the whole log that run in the background and report progress. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit/verifications')
export class AuditVerificationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('audit.verify')
  @StartVerificationDocs()
  async start(
    @CurrentUser() user: UserRef,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VerificationView> {
    const { verificationId } = await this.commands.execute(new StartVerificationCommand(user.id));
    void reply.header('location', `/api/audit/verifications/${verificationId}`);
    return this.queries.execute(new GetVerificationQuery(verificationId));
  }

  @Get(':id')
  @RequirePermission('audit.verify')
  @GetVerificationDocs()
  get(@Param('id') id: string): Promise<VerificationView> {
    return this.queries.execute(new GetVerificationQuery(id));
  }
}
