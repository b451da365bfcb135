import type { Actor, ApprovalInboxItem } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/approvals/inbox`: the steps the caller may approve now, overdue first. */
export class ApprovalsInboxQuery extends Query<ApprovalInboxItem[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}
