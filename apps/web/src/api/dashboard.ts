import type { DashboardCalendarView, DashboardQuery, DashboardView } from '@concordat/domain';
import { httpClient } from './client';

export function getDashboardApi(filters: DashboardQuery): Promise<DashboardView> {
  return httpClient.get<DashboardView>('/api/dashboard', { query: { ...filters } });
}

export function getDashboardCalendarApi(
  month: string,
  filters: DashboardQuery,
): Promise<DashboardCalendarView> {
  return httpClient.get<DashboardCalendarView>('/api/dashboard/calendar', {
    query: { ...filters, month },
  });
}
