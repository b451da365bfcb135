import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock.js';
import {
  AgreementCommandRunner,
  type CommandOutcome,
} from '../../infrastructure/agreement-command-runner.js';
import { CreateDraftAgreementCommand } from './create-draft-agreement.command.js';

@CommandHandler(CreateDraftAgreementCommand)
export class CreateDraftAgreementHandler implements ICommandHandler<CreateDraftAgreementCommand> {
  constructor(
    private readonly runner: AgreementCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ input, actor }: CreateDraftAgreementCommand): Promise<CommandOutcome> {
    const agreementId = randomUUID();
    return this.runner.run(
      agreementId,
      { type: 'CreateDraftAgreement', data: { agreementId, ...input } },
      { actor, now: this.clock.now().toISOString() },
      0,
    );
  }
}
