import type { Actor, CreateDelegationInput, DelegationView } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';

/** `POST /api/delegations`: the caller lets a substitute decide for them for a period. */
export class GrantDelegationCommand extends Command<DelegationView> {
  constructor(
    readonly input: CreateDelegationInput,
    readonly actor: Actor,
  ) {
    super();
  }
}
