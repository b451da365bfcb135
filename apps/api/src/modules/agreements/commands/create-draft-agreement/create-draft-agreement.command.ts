import type { Actor, CreateDraftAgreementInput } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../infrastructure/agreement-command-runner.js';

/** Start a new agreement as a draft; the handler picks its id. */
export class CreateDraftAgreementCommand extends Command<CommandOutcome> {
  constructor(
    readonly input: CreateDraftAgreementInput,
    readonly actor: Actor,
  ) {
    super();
  }
}
