import type { Actor, CommitmentAction, CommitmentDetailView } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';
import type { IdempotentRequest } from '../../../../platform/idempotency/idempotency-key.js';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';

/** `POST /api/commitments/{id}/{action}`: edit, start, fulfil, …, cancel. */
export class RunCommitmentActionCommand extends Command<TransactionResponse<CommitmentDetailView>> {
  constructor(
    readonly commitmentId: string,
    readonly action: CommitmentAction,
    readonly body: unknown,
    readonly actor: Actor,
    readonly expectedVersion: number,
    readonly idempotency?: IdempotentRequest,
  ) {
    super();
  }
}
