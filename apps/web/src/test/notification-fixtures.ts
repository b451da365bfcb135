import type { NotificationPage, NotificationView, UserRef } from '@concordat/domain';

export const admin: UserRef = {
  id: 'u-admin',
  name: 'Trần Quản Trị',
  email: 'admin@concordat.demo',
  role: 'admin',
};

export function aNotification(overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id: 'n-1',
    kind: 'approval.overdue',
    subject: { type: 'agreement', id: 'a-1' },
    params: {
      title: { vi: 'Hợp tác bóng bàn', ja: '卓球協力', en: 'Table tennis cooperation' },
      dueAt: '2026-03-07T09:00:00.000Z',
      step: 1,
    },
    createdAt: '2026-03-07T10:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

export function aNotificationPage(
  items: NotificationView[],
  overrides: Partial<NotificationPage> = {},
): NotificationPage {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
    unread: items.filter((item) => item.readAt === null).length,
    ...overrides,
  };
}
