import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock.js';
import {
  AgreementCommandRunner,
  type CommandOutcome,
} from '../../infrastructure/agreement-command-runner.js';
import { RunAgreementCommand } from './run-agreement-command.command.js';

@CommandHandler(RunAgreementCommand)
export class RunAgreementCommandHandler implements ICommandHandler<RunAgreementCommand> {
  constructor(
    private readonly runner: AgreementCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({
    agreementId,
    command,
    actor,
    expectedVersion,
  }: RunAgreementCommand): Promise<CommandOutcome> {
    return this.runner.run(
      agreementId,
      command,
      { actor, now: this.clock.now().toISOString() },
      expectedVersion,
    );
  }
}
