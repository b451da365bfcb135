/** How notifications, reminders and mail behave; read from the environment by app-options. */
export interface NotificationSettings {
  /** SMTP server as a URL (smtp://user:pass@host:587, smtps://…). Unset: mail stays in the outbox. */
  smtpUrl?: string;
  /** The From header of every mail. */
  smtpFrom: string;
  /** Where the web app is reached, for links in mail and in the calendar feed. */
  publicUrl: string;
  /** When reminders are looked for (approval deadlines, notice dates, reviews due), cron in UTC. */
  reminderCron: string;
  /** Days past an approval step's deadline before it is escalated to substitutes or admins. */
  escalateAfterDays: number;
  /** Days before the notice date of an automatic renewal that managers are reminded. */
  renewalNoticeDays: number;
}

export const NOTIFICATION_SETTINGS = Symbol('NotificationSettings');
