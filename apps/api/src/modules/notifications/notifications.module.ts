import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MarkAllNotificationsReadHandler } from './commands/mark-all-notifications-read/mark-all-notifications-read.handler.js';
import { MarkNotificationReadHandler } from './commands/mark-notification-read/mark-notification-read.handler.js';
import { UpdateNotificationPreferencesHandler } from './commands/update-notification-preferences/update-notification-preferences.handler.js';
import { SendEmailJob } from './jobs/send-email.job.js';
import { MailTransport } from './mail/mail-transport.js';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from './notification-settings.js';
import { NotificationsController } from './notifications.controller.js';
import { Notifier } from './notify/notifier.js';
import { GetNotificationPreferencesHandler } from './queries/get-notification-preferences/get-notification-preferences.handler.js';
import { ListNotificationsHandler } from './queries/list-notifications/list-notifications.handler.js';
import { ListOutboxHandler } from './queries/list-outbox/list-outbox.handler.js';

/**
 * Notifications, preferences, mail and the outbox. Global so any module can hand the
 * Notifier a request (reminders now, commitments later) without importing this one.
 */
// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Global()
@Module({})
export class NotificationsModule {
  static register(settings: NotificationSettings): DynamicModule {
    const smtpUrl = settings.smtpUrl;
    return {
      module: NotificationsModule,
      controllers: [NotificationsController],
      providers: [
        { provide: NOTIFICATION_SETTINGS, useValue: settings },
        ...(smtpUrl !== undefined
          ? [{ provide: MailTransport, useFactory: () => new MailTransport(smtpUrl) }]
          : []),
        Notifier,
        SendEmailJob,
        ListNotificationsHandler,
        MarkNotificationReadHandler,
        MarkAllNotificationsReadHandler,
        GetNotificationPreferencesHandler,
        UpdateNotificationPreferencesHandler,
        ListOutboxHandler,
      ],
      exports: [Notifier, NOTIFICATION_SETTINGS],
    };
  }
}
