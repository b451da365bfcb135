import type { DashboardCalendarQuery, DashboardCalendarView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/dashboard/calendar`: one month's occurrences, review and expiry dates. */
export class GetDashboardCalendarQuery extends Query<DashboardCalendarView> {
  constructor(readonly params: DashboardCalendarQuery) {
    super();
  }
}
