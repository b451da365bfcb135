import { Body, Controller, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  type CommitmentDetailView,
  type CommitmentView,
  planCommitmentSchema,
} from '@concordat/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor } from '../../platform/auth/current-user.decorator.js';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import { idempotentRequest } from '../../platform/idempotency/idempotency-key.js';
import { parseInput } from '../../platform/validation/parse-input.js';
import { parseAgreementId } from '../agreements/agreement-id.js';
import {
  AgreementScorecardDocs,
  ListAgreementCommitmentsDocs,
  PlanCommitmentDocs,
} from './commitments.openapi.js';
import { PlanCommitmentCommand } from './commands/plan-commitment/plan-commitment.command.js';
import { answer, pathOf } from '../../platform/idempotency/idempotent-reply.js';
import type { AgreementScorecardView } from './queries/get-agreement-scorecard/get-agreement-scorecard.query.js';
import { GetAgreementScorecardQuery } from './queries/get-agreement-scorecard/get-agreement-scorecard.query.js';
import { ListAgreementCommitmentsQuery } from './queries/list-agreement-commitments/list-agreement-commitments.query.js';

@ApiTags('commitments')
@ApiBearerAuth()
@Controller('api/agreements/:id/commitments')
export class AgreementCommitmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('commitment.read')
  @ListAgreementCommitmentsDocs()
  list(@Param('id') id: string): Promise<CommitmentView[]> {
    return this.queries.execute(new ListAgreementCommitmentsQuery(parseAgreementId(id)));
  }

  /** Who may plan is the PlanCommitment row of the commitment permission table. */
  @Post()
  @HttpCode(201)
  @RequirePermission('commitment.read')
  @PlanCommitmentDocs()
  async plan(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommitmentDetailView> {
    const agreementId = parseAgreementId(id);
    const input = parseInput(planCommitmentSchema, body);
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
        new PlanCommitmentCommand(agreementId, input, actor, idempotency),
      ),
    );
  }

  @Get('scorecard')
  @RequirePermission('commitment.read')
  @AgreementScorecardDocs()
  scorecard(@Param('id') id: string): Promise<AgreementScorecardView> {
    return this.queries.execute(new GetAgreementScorecardQuery(parseAgreementId(id)));
  }
}
