import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AGREEMENT_TYPES,
  APPROVAL_PURPOSES,
  type Actor,
  type AgreementApprovalResponse,
  type ApprovalInboxItem,
  type ApprovalPolicyView,
  type BulkApproveResult,
  type DelegationView,
  type UserRef,
  approvalPolicyInputSchema,
  bulkApproveSchema,
  createDelegationSchema,
  setObserversSchema,
} from '@concordat/domain';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CurrentActor } from '../../platform/auth/current-user.decorator.js';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import { idempotentRequest } from '../../platform/idempotency/idempotency-key.js';
import { answer } from '../../platform/idempotency/idempotent-reply.js';
import { parseInput } from '../../platform/validation/parse-input.js';
import { parseAgreementId } from '../agreements/agreement-id.js';
import {
  AgreementApprovalDocs,
  BulkApproveDocs,
  DelegationDocs,
  InboxDocs,
  PeopleDocs,
  ListApprovalPoliciesDocs,
  SaveApprovalPolicyDocs,
  SetObserversDocs,
} from './approvals.openapi.js';
import { BulkApproveCommand } from './commands/bulk-approve/bulk-approve.command.js';
import { GrantDelegationCommand } from './commands/grant-delegation/grant-delegation.command.js';
import { RevokeDelegationCommand } from './commands/revoke-delegation/revoke-delegation.command.js';
import { SaveApprovalPolicyCommand } from './commands/save-approval-policy/save-approval-policy.command.js';
import { SetObserversCommand } from './commands/set-observers/set-observers.command.js';
import { ApprovalsInboxQuery } from './queries/approvals-inbox/approvals-inbox.query.js';
import { GetAgreementApprovalQuery } from './queries/get-agreement-approval/get-agreement-approval.query.js';
import { ListApprovalPoliciesQuery } from './queries/list-approval-policies/list-approval-policies.query.js';
import { ListDelegationsQuery } from './queries/list-delegations/list-delegations.query.js';
import { ListPeopleQuery } from './queries/list-people/list-people.query.js';

const policyKeySchema = z.strictObject({
  type: z.enum(AGREEMENT_TYPES),
  purpose: z.enum(APPROVAL_PURPOSES),
});
const delegationIdSchema = z.guid({ message: 'must be a UUID' });

@ApiTags('approvals')
@ApiBearerAuth()
@Controller('api')
export class ApprovalsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('approval-policies')
  @RequirePermission('approval-policy.read')
  @ListApprovalPoliciesDocs()
  listPolicies(): Promise<ApprovalPolicyView[]> {
    return this.queries.execute(new ListApprovalPoliciesQuery());
  }

  @Put('approval-policies/:type/:purpose')
  @RequirePermission('approval-policy.edit')
  @SaveApprovalPolicyDocs()
  savePolicy(
    @Param() params: unknown,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<ApprovalPolicyView> {
    const { type, purpose } = parseInput(policyKeySchema, params, 'path');
    const input = parseInput(approvalPolicyInputSchema, body);
    return this.commands.execute(new SaveApprovalPolicyCommand(type, purpose, input, actor));
  }

  @Post('delegations')
  @HttpCode(201)
  @RequirePermission('approval.participate')
  @DelegationDocs.create()
  grantDelegation(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<DelegationView> {
    return this.commands.execute(
      new GrantDelegationCommand(parseInput(createDelegationSchema, body), actor),
    );
  }

  @Get('delegations')
  @RequirePermission('approval.participate')
  @DelegationDocs.list()
  listDelegations(@CurrentActor() actor: Actor): Promise<DelegationView[]> {
    return this.queries.execute(new ListDelegationsQuery(actor));
  }

  @Delete('delegations/:id')
  @RequirePermission('approval.participate')
  @DelegationDocs.revoke()
  revokeDelegation(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<DelegationView> {
    return this.commands.execute(
      new RevokeDelegationCommand(parseInput(delegationIdSchema, id, 'id'), actor),
    );
  }

  @Get('approvals/inbox')
  @RequirePermission('approval.participate')
  @InboxDocs()
  inbox(@CurrentActor() actor: Actor): Promise<ApprovalInboxItem[]> {
    return this.queries.execute(new ApprovalsInboxQuery(actor));
  }

  @Get('approvals/people')
  @RequirePermission('approval.participate')
  @PeopleDocs()
  people(): Promise<UserRef[]> {
    return this.queries.execute(new ListPeopleQuery());
  }

  @Post('approvals/bulk-approve')
  @HttpCode(200)
  @RequirePermission('approval.participate')
  @BulkApproveDocs()
  async bulkApprove(
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BulkApproveResult[]> {
    const input = parseInput(bulkApproveSchema, body);
    const idempotency = idempotentRequest(
      idempotencyKey,
      actor.userId,
      'POST',
      '/api/approvals/bulk-approve',
      body,
    );
    return answer(
      reply,
      await this.commands.execute(new BulkApproveCommand(input, actor, idempotency)),
    );
  }

  @Get('agreements/:id/approval')
  @RequirePermission('agreement.read')
  @AgreementApprovalDocs()
  agreementApproval(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AgreementApprovalResponse> {
    return this.queries.execute(new GetAgreementApprovalQuery(parseAgreementId(id), actor));
  }

  @Put('agreements/:id/observers')
  @RequirePermission('approval.participate')
  @SetObserversDocs()
  setObservers(
    @Param('id') id: string,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<UserRef[]> {
    const { userIds } = parseInput(setObserversSchema, body);
    return this.commands.execute(new SetObserversCommand(parseAgreementId(id), userIds, actor));
  }
}
