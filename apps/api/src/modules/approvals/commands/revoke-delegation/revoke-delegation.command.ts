import type { Actor, DelegationView } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';

/** `DELETE /api/delegations/{id}`: the delegator (or an admin) ends a delegation now. */
export class RevokeDelegationCommand extends Command<DelegationView> {
  constructor(
    readonly id: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
