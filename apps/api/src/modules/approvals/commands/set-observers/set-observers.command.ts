import type { Actor, UserRef } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';

/** `PUT /api/agreements/{id}/observers`: the users who follow the agreement without acting. */
export class SetObserversCommand extends Command<UserRef[]> {
  constructor(
    readonly agreementId: string,
    readonly userIds: string[],
    readonly actor: Actor,
  ) {
    super();
  }
}
