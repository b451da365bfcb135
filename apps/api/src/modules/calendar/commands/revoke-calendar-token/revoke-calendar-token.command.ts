import { Command } from '@nestjs/cqrs';

/** Stops the caller's feed link working (nothing to do when there is none). */
export class RevokeCalendarTokenCommand extends Command<void> {
  constructor(readonly userId: string) {
    super();
  }
}
