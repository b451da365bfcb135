import type { UserRef } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetCurrentUserQuery } from './get-current-user.query.js';

// The guard has already read the user with the session, in the same query; no second read.
@QueryHandler(GetCurrentUserQuery)
export class GetCurrentUserHandler implements IQueryHandler<GetCurrentUserQuery> {
  execute({ user }: GetCurrentUserQuery): Promise<UserRef> {
    return Promise.resolve(user);
  }
}
