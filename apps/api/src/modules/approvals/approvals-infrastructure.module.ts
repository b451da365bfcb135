import { Module } from '@nestjs/common';
import { ApprovalContextLoader } from './infrastructure/approval-context.loader.js';
import { ApprovalProjection } from './infrastructure/approval.projection.js';

/** What the agreement command runner needs from approvals, without the routes. */
@Module({
  providers: [ApprovalContextLoader, ApprovalProjection],
  exports: [ApprovalContextLoader, ApprovalProjection],
})
export class ApprovalsInfrastructureModule {}
