import type { NotificationPage, NotificationPageQuery } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** The caller's own notifications, newest first, with how many are unread. */
export class ListNotificationsQuery extends Query<NotificationPage> {
  constructor(
    readonly userId: string,
    readonly paging: NotificationPageQuery,
  ) {
    super();
  }
}
