import type { Actor, CommitmentDetailView, PlanCommitmentInput } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';
import type { IdempotentRequest } from '../../../../platform/idempotency/idempotency-key.js';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';

/** `POST /api/agreements/{id}/commitments`: plan a commitment of that agreement. */
export class PlanCommitmentCommand extends Command<TransactionResponse<CommitmentDetailView>> {
  constructor(
    readonly agreementId: string,
    readonly input: PlanCommitmentInput,
    readonly actor: Actor,
    readonly idempotency?: IdempotentRequest,
  ) {
    super();
  }
}
