import type { AuditEventsPage, SearchEventsParams } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** One page of the audit log for a filter, newest or oldest first, after a cursor. */
export class SearchEventsQuery extends Query<AuditEventsPage> {
  constructor(readonly params: SearchEventsParams) {
    super();
  }
}
