import type { OutboxMessageView, Page } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** Every mail rendered for a notification, newest first (admins only). */
export class ListOutboxQuery extends Query<Page<OutboxMessageView>> {
  constructor(
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
