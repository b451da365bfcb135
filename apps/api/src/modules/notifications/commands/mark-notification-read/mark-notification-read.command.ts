import { Command } from '@nestjs/cqrs';

/** Marks one of the caller's notifications read (again is fine: the first time stays). */
export class MarkNotificationReadCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly notificationId: string,
  ) {
    super();
  }
}
