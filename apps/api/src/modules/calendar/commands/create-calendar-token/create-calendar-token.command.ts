import type { CalendarTokenView } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';

/** Makes the caller a new secret feed link; an older one stops working. */
export class CreateCalendarTokenCommand extends Command<CalendarTokenView> {
  constructor(readonly userId: string) {
    super();
  }
}
