import { Command } from '@nestjs/cqrs';

/** Marks every unread notification of the caller read; answers how many were. */
export class MarkAllNotificationsReadCommand extends Command<{ marked: number }> {
  constructor(readonly userId: string) {
    super();
  }
}
