import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock.js';
import { IdempotentTransaction } from '../../../../platform/idempotency/idempotent-transaction.js';
import { etagFor } from '../../agreement-id.js';
import { AgreementCommandRunner } from '../../infrastructure/agreement-command-runner.js';
import { AgreementDetailReader } from '../../queries/agreement-detail-reader.js';
import {
  CreateDraftAgreementCommand,
  type CreateDraftOutcome,
} from './create-draft-agreement.command.js';

@CommandHandler(CreateDraftAgreementCommand)
export class CreateDraftAgreementHandler implements ICommandHandler<CreateDraftAgreementCommand> {
  constructor(
    private readonly transaction: IdempotentTransaction,
    private readonly runner: AgreementCommandRunner,
    private readonly clock: Clock,
    private readonly details: AgreementDetailReader,
  ) {}

  async execute({
    input,
    actor,
    idempotency,
  }: CreateDraftAgreementCommand): Promise<CreateDraftOutcome> {
    const response = await this.transaction.run(idempotency, async (manager) => {
      const agreementId = randomUUID();
      await this.runner.runIn(
        manager,
        agreementId,
        { type: 'CreateDraftAgreement', data: { agreementId, ...input } },
        { actor, now: this.clock.now().toISOString() },
        0,
      );
      const view = await this.details.read(manager, agreementId, actor);
      return {
        status: 201,
        body: view,
        headers: { etag: etagFor(view.version), location: `/api/agreements/${agreementId}` },
      };
    });
    return { ...response, agreementId: response.body.id };
  }
}
