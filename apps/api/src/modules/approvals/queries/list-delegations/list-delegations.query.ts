import type { Actor, DelegationView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/delegations`: those the caller granted or received; an admin sees all. */
export class ListDelegationsQuery extends Query<DelegationView[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}
