import { randomUUID } from 'node:crypto';
import {
  COMMITMENT_ACTIONS,
  type CommitmentDetailView,
  parseCommitmentAction,
} from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { z } from 'zod';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';
import { parseInput } from '../../../../platform/validation/parse-input.js';
import { CommitmentTransaction } from '../../infrastructure/commitment-transaction.js';
import { RunCommitmentActionCommand } from './run-commitment-action.command.js';

@CommandHandler(RunCommitmentActionCommand)
export class RunCommitmentActionHandler implements ICommandHandler<RunCommitmentActionCommand> {
  constructor(private readonly transaction: CommitmentTransaction) {}

  execute(request: RunCommitmentActionCommand): Promise<TransactionResponse<CommitmentDetailView>> {
    const { commitmentId, action, body, actor, expectedVersion, idempotency } = request;
    // Validated first so a bad payload is a 400 naming its fields, before any transaction.
    const schema: z.ZodType = COMMITMENT_ACTIONS[action].schema;
    const payload = parseInput(schema, body ?? {});
    return this.transaction.run({
      commitmentId,
      command: parseCommitmentAction(action, payload, randomUUID()),
      actor,
      expectedVersion,
      idempotency,
      status: 200,
    });
  }
}
