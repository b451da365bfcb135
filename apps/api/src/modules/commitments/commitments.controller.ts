import { createHash } from 'node:crypto';
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
  type CommitmentDetailView,
  type CommitmentOccurrenceRow,
  isCommitmentAction,
  listCommitmentsQuerySchema,
  type Page,
} from '@concordat/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentActor } from '../../platform/auth/current-user.decorator.js';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import { idempotentRequest } from '../../platform/idempotency/idempotency-key.js';
import { acceptedLanguages } from '../../platform/http/csv.js';
import { ApiError, ApiErrorCode } from '../../platform/problem/api-error.js';
import { parseInput } from '../../platform/validation/parse-input.js';
import { etagFor } from '../agreements/agreement-id.js';
import { replyWithCsv, replyWithFile } from '../../platform/http/file-reply.js';
import { expectedVersionFrom } from '../agreements/if-match.js';
import { parseCommitmentId } from './commitment-id.js';
import {
  AddEvidenceFileDocs,
  GetCommitmentDocs,
  GetEvidenceFileDocs,
  ListCommitmentsDocs,
  PartnerScorecardsDocs,
  RunCommitmentActionDocs,
} from './commitments.openapi.js';
import { AddEvidenceFileCommand } from './commands/add-evidence-file/add-evidence-file.command.js';
import { RunCommitmentActionCommand } from './commands/run-commitment-action/run-commitment-action.command.js';
import { evidenceUpload } from './evidence-upload.js';
import { answer, pathOf } from '../../platform/idempotency/idempotent-reply.js';
import { GetCommitmentQuery } from './queries/get-commitment/get-commitment.query.js';
import { GetEvidenceFileQuery } from './queries/get-evidence-file/get-evidence-file.query.js';
import {
  GetPartnerScorecardsQuery,
  type PartnerScorecardsView,
} from './queries/get-partner-scorecards/get-partner-scorecards.query.js';
import { commitmentsCsv } from './queries/list-commitments/commitments-csv.js';
import { ListCommitmentsQueryMessage } from './queries/list-commitments/list-commitments.query.js';

const evidenceIdSchema = z.guid({ message: 'must be a UUID' });
const partnerQuerySchema = z.string().max(300).optional();

@ApiTags('commitments')
@ApiBearerAuth()
@Controller('api/commitments')
export class CommitmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('commitment.read')
  @ListCommitmentsDocs()
  async list(
    @Query() query: unknown,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Page<CommitmentOccurrenceRow> | string> {
    const params = parseInput(listCommitmentsQuerySchema, query, 'query');
    const csv = params.format === 'csv';
    const page = await this.queries.execute(new ListCommitmentsQueryMessage(params, csv));
    if (!csv) return page;
    replyWithCsv(reply, 'commitments.csv');
    return commitmentsCsv(page.items, acceptedLanguages(acceptLanguage));
  }

  @Get('scorecards/partners')
  @RequirePermission('commitment.read')
  @PartnerScorecardsDocs()
  partnerScorecards(@Query('partner') partner: unknown): Promise<PartnerScorecardsView> {
    return this.queries.execute(
      new GetPartnerScorecardsQuery(parseInput(partnerQuerySchema, partner, 'partner')),
    );
  }

  @Get(':id')
  @RequirePermission('commitment.read')
  @GetCommitmentDocs()
  async get(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommitmentDetailView> {
    const view = await this.queries.execute(new GetCommitmentQuery(parseCommitmentId(id), actor));
    void reply.header('etag', etagFor(view.version));
    return view;
  }

  @Post(':id/evidence')
  @HttpCode(200)
  @RequirePermission('commitment.read')
  @AddEvidenceFileDocs()
  async addEvidenceFile(
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommitmentDetailView> {
    const commitmentId = parseCommitmentId(id);
    const expectedVersion = expectedVersionFrom(ifMatch);
    const { fields, file } = await evidenceUpload(request);
    // The fingerprint stands for the body: same fields and bytes, same key → the same answer.
    const idempotency = idempotentRequest(idempotencyKey, actor.userId, 'POST', pathOf(request), {
      ...fields,
      name: file.name,
      sha256: createHash('sha256').update(file.content).digest('hex'),
    });
    return answer(
      reply,
      await this.commands.execute(
        new AddEvidenceFileCommand(commitmentId, fields, file, actor, expectedVersion, idempotency),
      ),
    );
  }

  @Get(':id/evidence/:evidenceId')
  @RequirePermission('commitment.read')
  @GetEvidenceFileDocs()
  async downloadEvidence(
    @Param('id') id: string,
    @Param('evidenceId') evidenceId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.queries.execute(
      new GetEvidenceFileQuery(
        parseCommitmentId(id),
        parseInput(evidenceIdSchema, evidenceId, 'evidenceId'),
      ),
    );
    return replyWithFile(reply, file);
  }

  /** Every commitment command but planning: `edit`, `fulfil`, `waive`, … (COMMITMENT_ACTIONS). */
  @Post(':id/:action')
  @HttpCode(200)
  @RequirePermission('commitment.read')
  @RunCommitmentActionDocs()
  async runAction(
    @Param('id') id: string,
    @Param('action') action: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommitmentDetailView> {
    if (!isCommitmentAction(action)) {
      throw new ApiError(
        ApiErrorCode.NotFound,
        `There is no commitment command named "${action}".`,
      );
    }
    const commitmentId = parseCommitmentId(id);
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
        new RunCommitmentActionCommand(
          commitmentId,
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
