import type { Actor, BulkApproveInput, BulkApproveResult } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';

/** `POST /api/approvals/bulk-approve`: approve several agreements, each at its version. */
export class BulkApproveCommand extends Command<BulkApproveResult[]> {
  constructor(
    readonly input: BulkApproveInput,
    readonly actor: Actor,
  ) {
    super();
  }
}
