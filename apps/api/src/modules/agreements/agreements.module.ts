import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../../platform/idempotency/idempotency.module.js';
import { AgreementsController } from './agreements.controller.js';
import { AddAttachmentHandler } from './attachments/add-attachment/add-attachment.handler.js';
import { AttachmentsController } from './attachments/attachments.controller.js';
import { GetAttachmentHandler } from './attachments/get-attachment/get-attachment.handler.js';
import { CreateDraftAgreementHandler } from './commands/create-draft-agreement/create-draft-agreement.handler.js';
import { RunAgreementActionHandler } from './commands/run-agreement-action/run-agreement-action.handler.js';
import { RunAgreementCommandHandler } from './commands/run-agreement-command/run-agreement-command.handler.js';
import { AgreementCommandRunner } from './infrastructure/agreement-command-runner.js';
import { AgreementProjection } from './projections/agreement.projection.js';
import { AgreementParticularsProjection } from './projections/agreement-particulars.projection.js';
import { AgreementAmendmentsProjection } from './projections/agreement-amendments.projection.js';
import { AgreementReadModels } from './projections/agreement-read-models.js';
import { AgreementDetailReader } from './queries/agreement-detail-reader.js';
import { GetAgreementHandler } from './queries/get-agreement/get-agreement.handler.js';
import { GetAgreementHistoryHandler } from './queries/get-agreement-history/get-agreement-history.handler.js';
import { ListAgreementsHandler } from './queries/list-agreements/list-agreements.handler.js';
import { ApprovalsInfrastructureModule } from '../approvals/approvals-infrastructure.module.js';
import { NotifyReviewAssignee } from './reactions/notify-review-assignee.reaction.js';
import { AgreementReviewController } from './review/agreement-review.controller.js';
import { GetAgreementReviewHandler } from './review/get-agreement-review/get-agreement-review.handler.js';
import { AgreementTextController } from './text/agreement-text.controller.js';
import { AgreementTextProjection } from './text/projections/agreement-text.projection.js';
import { GetTextDiffHandler } from './text/queries/get-text-diff/get-text-diff.handler.js';
import { ListTextVersionsHandler } from './text/queries/list-text-versions/list-text-versions.handler.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({
  imports: [IdempotencyModule, ApprovalsInfrastructureModule],
  controllers: [
    AgreementsController,
    AttachmentsController,
    AgreementTextController,
    AgreementReviewController,
  ],
  providers: [
    AgreementCommandRunner,
    AgreementProjection,
    CreateDraftAgreementHandler,
    RunAgreementCommandHandler,
    RunAgreementActionHandler,
    ListAgreementsHandler,
    GetAgreementHandler,
    GetAgreementHistoryHandler,
    AgreementParticularsProjection,
    AgreementAmendmentsProjection,
    AgreementReadModels,
    AgreementDetailReader,
    AddAttachmentHandler,
    GetAttachmentHandler,
    AgreementTextProjection,
    ListTextVersionsHandler,
    GetTextDiffHandler,
    NotifyReviewAssignee,
    GetAgreementReviewHandler,
  ],
  // Bulk approve runs the approve command inside its own idempotent transaction; the
  // renewal review job runs StartReview through the same path as a request.
  exports: [AgreementCommandRunner, IdempotencyModule],
})
export class AgreementsModule {}
