import type { NotificationKind, UiLanguage } from '@concordat/domain';
import { DataSource } from 'typeorm';
import { Notifier } from '../../src/modules/notifications/notify/notifier.js';
import type { NotificationRequest } from '../../src/modules/notifications/notify/notification-request.js';
import type { TestApp } from './test-app.js';

/** A request as a reminder source would make it, about `subjectId`, for `recipientIds`. */
export function reminder(
  recipientIds: string[],
  overrides: Partial<NotificationRequest> & { kind?: NotificationKind } = {},
): NotificationRequest {
  return {
    kind: 'approval.overdue',
    subject: { type: 'agreement', id: '6f1c7d0e-8a7b-4c3e-9d2a-1b2c3d4e5f60' },
    occurrence: 'draft:2031-01-01T00:00:00.000Z:0',
    recipientIds,
    params: {
      title: {
        en: 'Table tennis cooperation',
        vi: 'Hợp tác bóng bàn',
        ja: '卓球協力',
        ru: 'Сотрудничество в настольном теннисе',
      },
      dueAt: '2031-03-05T00:00:00.000Z',
      step: 1,
    },
    ...overrides,
  };
}

/** Runs the Notifier in its own transaction, as a job would. */
export function notify(
  t: TestApp,
  request: NotificationRequest,
  now = new Date(),
): Promise<string[]> {
  return t.app
    .get(DataSource)
    .transaction((manager) => t.app.get(Notifier).notify(manager, request, now));
}

export async function setLanguage(t: TestApp, userId: string, language: UiLanguage): Promise<void> {
  await t.sql.query(`UPDATE users SET language = $2 WHERE id = $1`, [userId, language]);
}

export async function count(
  t: TestApp,
  table: 'notifications' | 'outbox_messages',
): Promise<number> {
  const { rows } = await t.sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n);
}
