import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../../platform/idempotency/idempotency.module.js';
import { AgreementCommitmentsController } from './agreement-commitments.controller.js';
import { AddEvidenceFileHandler } from './commands/add-evidence-file/add-evidence-file.handler.js';
import { PlanCommitmentHandler } from './commands/plan-commitment/plan-commitment.handler.js';
import { RunCommitmentActionHandler } from './commands/run-commitment-action/run-commitment-action.handler.js';
import { CommitmentsController } from './commitments.controller.js';
import { CommitmentCommandRunner } from './infrastructure/commitment-command-runner.js';
import { CommitmentTransaction } from './infrastructure/commitment-transaction.js';
import { CommitmentProjection } from './projections/commitment.projection.js';
import { CommitmentDetailReader } from './queries/commitment-detail-reader.js';
import { GetAgreementScorecardHandler } from './queries/get-agreement-scorecard/get-agreement-scorecard.handler.js';
import { GetCommitmentHandler } from './queries/get-commitment/get-commitment.handler.js';
import { GetEvidenceFileHandler } from './queries/get-evidence-file/get-evidence-file.handler.js';
import { GetPartnerScorecardsHandler } from './queries/get-partner-scorecards/get-partner-scorecards.handler.js';
import { ListAgreementCommitmentsHandler } from './queries/list-agreement-commitments/list-agreement-commitments.handler.js';
import { ListCommitmentsHandler } from './queries/list-commitments/list-commitments.handler.js';

/**
 * Commitments: what each agreement obliges us and the partner to do, per occurrence.
 * CommitmentCommandRunner and CommitmentProjection are exported for the demo seed and
 * for features built on commitments (reminders, dashboard, calendar).
 */
// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({
  imports: [IdempotencyModule],
  controllers: [AgreementCommitmentsController, CommitmentsController],
  providers: [
    CommitmentCommandRunner,
    CommitmentProjection,
    CommitmentTransaction,
    CommitmentDetailReader,
    PlanCommitmentHandler,
    RunCommitmentActionHandler,
    AddEvidenceFileHandler,
    GetCommitmentHandler,
    ListAgreementCommitmentsHandler,
    ListCommitmentsHandler,
    GetAgreementScorecardHandler,
    GetPartnerScorecardsHandler,
    GetEvidenceFileHandler,
  ],
  exports: [CommitmentCommandRunner, CommitmentProjection],
})
export class CommitmentsModule {}
