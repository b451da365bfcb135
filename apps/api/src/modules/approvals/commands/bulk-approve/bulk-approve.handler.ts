import type { Actor, BulkApproveResult } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import {
  IdempotentTransaction,
  type TransactionResponse,
} from '../../../../platform/idempotency/idempotent-transaction.js';
import { toProblem } from '../../../../platform/problem/to-problem.js';
import { actionCommand } from '../../../agreements/commands/run-agreement-action/action-command.js';
import { AgreementCommandRunner } from '../../../agreements/infrastructure/agreement-command-runner.js';
import { BulkApproveCommand } from './bulk-approve.command.js';

/**
 * Runs `approve` on each agreement at its own version, each in a savepoint of one
 * transaction: one refusal (a stale version, a step the caller may not decide) rolls back
 * that item alone while the others go through. The single transaction is what lets the
 * Idempotency-Key remember the whole answer together with the events it reports.
 */
@CommandHandler(BulkApproveCommand)
export class BulkApproveHandler implements ICommandHandler<BulkApproveCommand> {
  constructor(
    private readonly transaction: IdempotentTransaction,
    private readonly runner: AgreementCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({
    input,
    actor,
    idempotency,
  }: BulkApproveCommand): Promise<TransactionResponse<BulkApproveResult[]>> {
    return this.transaction.run(idempotency, async (manager) => {
      const results: BulkApproveResult[] = [];
      for (const item of input.items) {
        results.push(await this.approveOne(manager, item, input.comment ?? null, actor));
      }
      return { status: 200, body: results, headers: {} };
    });
  }

  private async approveOne(
    manager: EntityManager,
    { agreementId, version }: { agreementId: string; version: number },
    comment: string | null,
    actor: Actor,
  ): Promise<BulkApproveResult> {
    try {
      const outcome = await manager.transaction((savepoint) =>
        this.runner.runIn(
          savepoint,
          agreementId,
          (state) => actionCommand(agreementId, 'approve', { comment }, state),
          { actor, now: this.clock.now().toISOString() },
          version,
        ),
      );
      return { agreementId, ok: true, version: outcome.version };
    } catch (error) {
      const problem = toProblem(error, `/api/agreements/${agreementId}/approve`);
      const current: unknown = problem['currentVersion'];
      return {
        agreementId,
        ok: false,
        status: problem.status,
        code: problem.code,
        detail: problem.detail,
        ...(typeof current === 'number' ? { currentVersion: current } : {}),
      };
    }
  }
}
