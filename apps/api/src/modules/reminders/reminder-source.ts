import type { EntityManager } from 'typeorm';
import type { NotificationRequest } from '../notifications/notify/notification-request.js';

/**
 * One kind of thing that reminds people: given the moment, what is due. A source only
 * reads; the reminder job hands each request to the Notifier, whose dedupe key makes
 * asking again (every tick, on every instance, after a restart) harmless. So a source may
 * simply answer everything that is due now, without remembering what it sent.
 *
 * Adding a source is a class implementing this, listed in RemindersModule's
 * REMINDER_SOURCES factory (docs/notifications.md, "Adding a reminder").
 */
export interface ReminderSource {
  readonly name: string;
  due(manager: EntityManager, now: Date): Promise<NotificationRequest[]>;
}

export const REMINDER_SOURCES = Symbol('ReminderSources');
