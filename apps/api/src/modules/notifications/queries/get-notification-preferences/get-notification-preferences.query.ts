import type { NotificationPreferencesView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

export class GetNotificationPreferencesQuery extends Query<NotificationPreferencesView> {
  constructor(readonly userId: string) {
    super();
  }
}
