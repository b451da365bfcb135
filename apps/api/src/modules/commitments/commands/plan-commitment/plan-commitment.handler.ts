import { randomUUID } from 'node:crypto';
import type { CommitmentDetailView } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';
import { CommitmentTransaction } from '../../infrastructure/commitment-transaction.js';
import { PlanCommitmentCommand } from './plan-commitment.command.js';

@CommandHandler(PlanCommitmentCommand)
export class PlanCommitmentHandler implements ICommandHandler<PlanCommitmentCommand> {
  constructor(private readonly transaction: CommitmentTransaction) {}

  execute({
    agreementId,
    input,
    actor,
    idempotency,
  }: PlanCommitmentCommand): Promise<TransactionResponse<CommitmentDetailView>> {
    const commitmentId = randomUUID();
    return this.transaction.run({
      commitmentId,
      command: { type: 'PlanCommitment', data: { commitmentId, agreementId, ...input } },
      actor,
      idempotency,
      status: 201,
    });
  }
}
