import type {
  NotificationPreferencesView,
  UpdateNotificationPreferencesInput,
} from '@concordat/domain';
import { Command } from '@nestjs/cqrs';

/** Changes the caller's mail language and the switches named; the rest stay. */
export class UpdateNotificationPreferencesCommand extends Command<NotificationPreferencesView> {
  constructor(
    readonly userId: string,
    readonly input: UpdateNotificationPreferencesInput,
  ) {
    super();
  }
}
