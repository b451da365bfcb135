import type { DashboardQuery, DashboardView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/dashboard`: the counts, narrowed by the dashboard's filters. */
export class GetDashboardQuery extends Query<DashboardView> {
  constructor(readonly filters: DashboardQuery) {
    super();
  }
}
