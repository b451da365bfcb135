import type { UserRef } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/approvals/people`: the users one may name as approver, substitute or observer. */
export class ListPeopleQuery extends Query<UserRef[]> {}
