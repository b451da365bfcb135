import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  type AgreementEventView,
  type AgreementView,
  createDraftAgreementSchema,
  listAgreementsQuerySchema,
  type Page,
} from '@concordat/domain';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../../platform/auth/current-user.decorator.js';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import { parseInput } from '../../platform/validation/parse-input.js';
import { etagFor, parseAgreementId } from './agreement-id.js';
import {
  CreateDraftAgreementDocs,
  GetAgreementDocs,
  GetAgreementHistoryDocs,
  ListAgreementsDocs,
} from './agreements.openapi.js';
import { CreateDraftAgreementCommand } from './commands/create-draft-agreement/create-draft-agreement.command.js';
import { GetAgreementQuery } from './queries/get-agreement/get-agreement.query.js';
import { GetAgreementHistoryQuery } from './queries/get-agreement-history/get-agreement-history.query.js';
import { ListAgreementsQuery } from './queries/list-agreements/list-agreements.query.js';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/agreements')
export class AgreementsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('agreement.create')
  @CreateDraftAgreementDocs()
  async create(
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementView> {
    const input = parseInput(createDraftAgreementSchema, body);
    const { agreementId } = await this.commands.execute(
      new CreateDraftAgreementCommand(input, actor),
    );
    const view = await this.queries.execute(new GetAgreementQuery(agreementId));
    void reply
      .header('location', `/api/agreements/${agreementId}`)
      .header('etag', etagFor(view.version));
    return view;
  }

  @Get()
  @RequirePermission('agreement.read')
  @ListAgreementsDocs()
  list(@Query() query: unknown): Promise<Page<AgreementView>> {
    return this.queries.execute(
      new ListAgreementsQuery(parseInput(listAgreementsQuerySchema, query, 'query')),
    );
  }

  @Get(':id')
  @RequirePermission('agreement.read')
  @GetAgreementDocs()
  async get(
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementView> {
    const view = await this.queries.execute(new GetAgreementQuery(parseAgreementId(id)));
    void reply.header('etag', etagFor(view.version));
    return view;
  }

  @Get(':id/events')
  @RequirePermission('agreement.history.read')
  @GetAgreementHistoryDocs()
  history(@Param('id') id: string): Promise<AgreementEventView[]> {
    return this.queries.execute(new GetAgreementHistoryQuery(parseAgreementId(id)));
  }
}
