import { Query } from '@nestjs/cqrs';

/** The iCalendar text of the feed a secret token opens. */
export class GetCalendarFeedQuery extends Query<string> {
  constructor(readonly token: string) {
    super();
  }
}
