import { z } from 'zod';
import { UI_LANGUAGES } from '../shared/localized-text.js';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from './notification-kinds.js';

/** `PUT /api/notifications/preferences`: the language and any switches to change. */
export const updateNotificationPreferencesSchema = z.strictObject({
  language: z.enum(UI_LANGUAGES, { message: 'must be one of en, vi, ru, ja' }).optional(),
  preferences: z
    .array(
      z.strictObject({
        kind: z.enum(NOTIFICATION_KINDS, { message: 'is not a notification kind' }),
        channel: z.enum(NOTIFICATION_CHANNELS, { message: 'must be in_app or email' }),
        enabled: z.boolean({ message: 'must be true or false' }),
      }),
    )
    .max(NOTIFICATION_KINDS.length * NOTIFICATION_CHANNELS.length, {
      message: 'names more switches than there are',
    })
    .optional(),
});
export type UpdateNotificationPreferencesInput = z.infer<
  typeof updateNotificationPreferencesSchema
>;

const positiveInt = (fallback: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(max, { message: `must be at most ${max}` })
    .default(fallback);

/** Paging of the notification and outbox lists. */
export const notificationPageQuerySchema = z.object({
  page: positiveInt(1, 100_000),
  pageSize: positiveInt(20, 100),
  unreadOnly: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
});
export type NotificationPageQuery = z.infer<typeof notificationPageQuerySchema>;
