import type {
  CalendarTokenView,
  NotificationPage,
  NotificationPreferencesView,
  OutboxMessageView,
  Page,
  UpdateNotificationPreferencesInput,
} from '@concordat/domain';
import { httpClient } from './client';

export interface NotificationListParams {
  page?: number;
  pageSize?: number;
  unreadOnly?: boolean;
}

export function listNotificationsApi(
  params: NotificationListParams = {},
): Promise<NotificationPage> {
  return httpClient.get<NotificationPage>('/api/notifications', {
    query: {
      page: params.page,
      pageSize: params.pageSize,
      unreadOnly: params.unreadOnly ? 'true' : undefined,
    },
  });
}

export async function markNotificationReadApi(id: string): Promise<void> {
  await httpClient.post<undefined>(`/api/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllNotificationsReadApi(): Promise<{ marked: number }> {
  return httpClient.post<{ marked: number }>('/api/notifications/read-all');
}

export function notificationPreferencesApi(): Promise<NotificationPreferencesView> {
  return httpClient.get<NotificationPreferencesView>('/api/notifications/preferences');
}

export async function updateNotificationPreferencesApi(
  input: UpdateNotificationPreferencesInput,
): Promise<NotificationPreferencesView> {
  const response = await httpClient.request<NotificationPreferencesView>(
    'PUT',
    '/api/notifications/preferences',
    { body: input },
  );
  return response.data;
}

export function listOutboxApi(page: number, pageSize: number): Promise<Page<OutboxMessageView>> {
  return httpClient.get<Page<OutboxMessageView>>('/api/admin/outbox', {
    query: { page, pageSize },
  });
}

/** Makes (or replaces) the caller's secret calendar link; the path is shown only now. */
export function createCalendarTokenApi(): Promise<CalendarTokenView> {
  return httpClient.post<CalendarTokenView>('/api/calendar/token');
}

export async function revokeCalendarTokenApi(): Promise<void> {
  await httpClient.request<undefined>('DELETE', '/api/calendar/token');
}
