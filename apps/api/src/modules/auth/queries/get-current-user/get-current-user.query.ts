import type { UserRef } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** The signed-in user, as the auth guard resolved it from the session. */
export class GetCurrentUserQuery extends Query<UserRef> {
  constructor(readonly user: UserRef) {
    super();
  }
}
