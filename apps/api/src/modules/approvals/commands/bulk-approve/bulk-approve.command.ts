import type { Actor, BulkApproveInput, BulkApproveResult } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';
import type { IdempotentRequest } from '../../../../platform/idempotency/idempotency-key.js';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';

/** `POST /api/approvals/bulk-approve`: approve several agreements, each at its version. */
export class BulkApproveCommand extends Command<TransactionResponse<BulkApproveResult[]>> {
  constructor(
    readonly input: BulkApproveInput,
    readonly actor: Actor,
    readonly idempotency?: IdempotentRequest,
  ) {
    super();
  }
}
