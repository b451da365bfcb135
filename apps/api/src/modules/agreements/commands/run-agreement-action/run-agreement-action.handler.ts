import type { AgreementDetailView } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { ConcurrencyConflictError } from '../../../../platform/event-store/concurrency-conflict.error.js';
import {
  IdempotentTransaction,
  type TransactionResponse,
} from '../../../../platform/idempotency/idempotent-transaction.js';
import { etagFor } from '../../agreement-id.js';
import { AgreementCommandRunner } from '../../infrastructure/agreement-command-runner.js';
import { StaleVersionError } from '../../infrastructure/stale-version.error.js';
import { AgreementDetailReader } from '../../queries/agreement-detail-reader.js';
import { actionCommand } from './action-command.js';
import { RunAgreementActionCommand } from './run-agreement-action.command.js';

@CommandHandler(RunAgreementActionCommand)
export class RunAgreementActionHandler implements ICommandHandler<RunAgreementActionCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transaction: IdempotentTransaction,
    private readonly runner: AgreementCommandRunner,
    private readonly clock: Clock,
    private readonly details: AgreementDetailReader,
  ) {}

  async execute(
    request: RunAgreementActionCommand,
  ): Promise<TransactionResponse<AgreementDetailView>> {
    const { agreementId, action, body, actor, expectedVersion, idempotency } = request;
    try {
      return await this.transaction.run(idempotency, async (manager) => {
        await this.runner.runIn(
          manager,
          agreementId,
          (state) => actionCommand(agreementId, action, body, state),
          { actor, now: this.clock.now().toISOString() },
          expectedVersion,
        );
        const view = await this.details.read(manager, agreementId, actor);
        return { status: 200, body: view, headers: { etag: etagFor(view.version) } };
      });
    } catch (error) {
      // Lost the race to append at this version: someone else's command won.
      if (error instanceof ConcurrencyConflictError && !(error instanceof StaleVersionError)) {
        throw new StaleVersionError(
          agreementId,
          expectedVersion,
          await this.currentVersion(agreementId),
        );
      }
      throw error;
    }
  }

  private async currentVersion(agreementId: string): Promise<number> {
    const rows = await this.dataSource.query<{ version: number }[]>(
      `SELECT version FROM agreements WHERE id = $1`,
      [agreementId],
    );
    return rows[0]?.version ?? 0;
  }
}
