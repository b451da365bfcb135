import type { Actor } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';
import type {
  CommandOutcome,
  CommandSource,
} from '../../infrastructure/agreement-command-runner.js';

/**
 * Any lifecycle command on an existing agreement, already parsed. The demo seed moves its
 * agreements along with it; each HTTP endpoint for a lifecycle step will get its own
 * command that delegates to the same runner.
 */
export class RunAgreementCommand extends Command<CommandOutcome> {
  constructor(
    readonly agreementId: string,
    readonly command: CommandSource,
    readonly actor: Actor,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}
