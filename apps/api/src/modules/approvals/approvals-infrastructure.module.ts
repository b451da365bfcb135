import { Module } from '@nestjs/common';
import { ApprovalContextLoader } from './infrastructure/approval-context.loader.js';
import { ApprovalProjection } from './infrastructure/approval.projection.js';
import { ApprovalActions } from './infrastructure/approval-actions.js';

/** What the agreement command runner needs from approvals, without the routes. */
@Module({
  providers: [ApprovalContextLoader, ApprovalProjection, ApprovalActions],
  exports: [ApprovalContextLoader, ApprovalProjection, ApprovalActions],
})
export class ApprovalsInfrastructureModule {}
