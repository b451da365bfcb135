import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { ApprovalsController } from './approvals.controller.js';
import { ApprovalsInfrastructureModule } from './approvals-infrastructure.module.js';
import { BulkApproveHandler } from './commands/bulk-approve/bulk-approve.handler.js';
import { GrantDelegationHandler } from './commands/grant-delegation/grant-delegation.handler.js';
import { RevokeDelegationHandler } from './commands/revoke-delegation/revoke-delegation.handler.js';
import { SaveApprovalPolicyHandler } from './commands/save-approval-policy/save-approval-policy.handler.js';
import { SetObserversHandler } from './commands/set-observers/set-observers.handler.js';
import { ApprovalsInboxHandler } from './queries/approvals-inbox/approvals-inbox.handler.js';
import { GetAgreementApprovalHandler } from './queries/get-agreement-approval/get-agreement-approval.handler.js';
import { ListApprovalPoliciesHandler } from './queries/list-approval-policies/list-approval-policies.handler.js';
import { ListDelegationsHandler } from './queries/list-delegations/list-delegations.handler.js';
import { ListPeopleHandler } from './queries/list-people/list-people.handler.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({
  imports: [ApprovalsInfrastructureModule, AgreementsModule],
  controllers: [ApprovalsController],
  providers: [
    SaveApprovalPolicyHandler,
    GrantDelegationHandler,
    RevokeDelegationHandler,
    BulkApproveHandler,
    SetObserversHandler,
    ListApprovalPoliciesHandler,
    ListDelegationsHandler,
    ApprovalsInboxHandler,
    GetAgreementApprovalHandler,
    ListPeopleHandler,
  ],
})
export class ApprovalsModule {}
