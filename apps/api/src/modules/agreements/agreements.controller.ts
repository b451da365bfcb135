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
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  type AgreementDetailView,
  type AgreementEventView,
  type AgreementView,
  createDraftAgreementSchema,
  isAgreementAction,
  listAgreementsQuerySchema,
  type Page,
} from '@concordat/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor } from '../../platform/auth/current-user.decorator.js';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import { idempotentRequest } from '../../platform/idempotency/idempotency-key.js';
import { answer, pathOf } from '../../platform/idempotency/idempotent-reply.js';
import { acceptedLanguages } from '../../platform/http/csv.js';
import { ApiError, ApiErrorCode } from '../../platform/problem/api-error.js';
import { parseInput } from '../../platform/validation/parse-input.js';
import { etagFor, parseAgreementId } from './agreement-id.js';
import { replyWithCsv } from '../../platform/http/file-reply.js';
import {
  CreateDraftAgreementDocs,
  GetAgreementDocs,
  GetAgreementHistoryDocs,
  ListAgreementsDocs,
  RunAgreementActionDocs,
} from './agreements.openapi.js';
import { CreateDraftAgreementCommand } from './commands/create-draft-agreement/create-draft-agreement.command.js';
import { RunAgreementActionCommand } from './commands/run-agreement-action/run-agreement-action.command.js';
import { expectedVersionFrom } from './if-match.js';
import { parseAsOf } from './queries/get-agreement/as-of.js';
import { GetAgreementQuery } from './queries/get-agreement/get-agreement.query.js';
import { GetAgreementHistoryQuery } from './queries/get-agreement-history/get-agreement-history.query.js';
import { agreementsCsv } from './queries/list-agreements/agreements-csv.js';
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
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementDetailView> {
    const input = parseInput(createDraftAgreementSchema, body);
    const idempotency = idempotentRequest(
      idempotencyKey,
      actor.userId,
      'POST',
      pathOf(request),
      body,
    );
    return answer(
      reply,
      await this.commands.execute(new CreateDraftAgreementCommand(input, actor, idempotency)),
    );
  }

  @Get()
  @RequirePermission('agreement.read')
  @ListAgreementsDocs()
  async list(
    @Query() query: unknown,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Page<AgreementView> | string> {
    const params = parseInput(listAgreementsQuerySchema, query, 'query');
    const csv = params.format === 'csv';
    const page = await this.queries.execute(new ListAgreementsQuery(params, csv));
    if (!csv) return page;
    replyWithCsv(reply, 'agreements.csv');
    return agreementsCsv(page.items, acceptedLanguages(acceptLanguage));
  }

  @Get(':id')
  @RequirePermission('agreement.read')
  @GetAgreementDocs()
  async get(
    @Param('id') id: string,
    @Query('asOf') asOf: unknown,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementDetailView> {
    const past = parseAsOf(asOf);
    const view = await this.queries.execute(
      new GetAgreementQuery(parseAgreementId(id), actor, past),
    );
    // A past version is no precondition for a command: only the present gets an ETag.
    if (past === undefined) void reply.header('etag', etagFor(view.version));
    return view;
  }

  @Get(':id/events')
  @RequirePermission('agreement.history.read')
  @GetAgreementHistoryDocs()
  history(@Param('id') id: string): Promise<AgreementEventView[]> {
    return this.queries.execute(new GetAgreementHistoryQuery(parseAgreementId(id)));
  }

  /** Every lifecycle command: `submit`, `approve`, `sign`, … (AGREEMENT_ACTIONS). */
  @Post(':id/:action')
  @HttpCode(200)
  @RequirePermission('agreement.read')
  @RunAgreementActionDocs()
  async runAction(
    @Param('id') id: string,
    @Param('action') action: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementDetailView> {
    if (!isAgreementAction(action)) {
      throw new ApiError(ApiErrorCode.NotFound, `There is no agreement command named "${action}".`);
    }
    const agreementId = parseAgreementId(id);
    const expectedVersion = expectedVersionFrom(ifMatch);
    const idempotency = idempotentRequest(
      idempotencyKey,
      actor.userId,
      'POST',
      pathOf(request),
      body,
    );
    return answer(
      reply,
      await this.commands.execute(
        new RunAgreementActionCommand(
          agreementId,
          action,
          body,
          actor,
          expectedVersion,
          idempotency,
        ),
      ),
    );
  }
}
