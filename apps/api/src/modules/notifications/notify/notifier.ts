import { Inject, Injectable } from '@nestjs/common';
import {
  type NotificationParams,
  type NotificationSubject,
  type UiLanguage,
  notificationPath,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '../../../platform/jobs/job-queue.js';
import { renderMail } from '../mail/mail-templates.js';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings.js';
import { isEnabled, preferencesOf } from './channel-preferences.js';
import { dedupeKey, type NotificationRequest } from './notification-request.js';

export const SEND_EMAIL_JOB = 'notifications.send-email';

export interface SendEmailData {
  outboxId: string;
}

interface RecipientRow {
  id: string;
  email: string;
  language: UiLanguage;
}

/**
 * Turns a request into at most one notification per recipient, in the caller's
 * transaction. The unique dedupe key decides: the first transaction to insert it wins,
 * a concurrent or later one inserts nothing (ON CONFLICT DO NOTHING) and sends nothing, so
 * reminders may be asked for as often as the schedule likes.
 *
 * Mail is rendered now, in the recipient's language, into `outbox_messages`. Without SMTP
 * it stays there ("stored") for the admin's outbox page; with SMTP a send job is queued in
 * the same transaction, so the mail is queued exactly when the notification commits.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly jobs: JobQueue,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  /** Returns the ids of the recipients notified now (those not notified before). */
  async notify(manager: EntityManager, request: NotificationRequest, now: Date): Promise<string[]> {
    const recipients = await manager.query<RecipientRow[]>(
      `SELECT id, email, language FROM users WHERE id = ANY($1::uuid[]) AND NOT is_system ORDER BY id`,
      [[...new Set(request.recipientIds)]],
    );
    const notified: string[] = [];
    for (const recipient of recipients) {
      const preferences = await preferencesOf(manager, recipient.id);
      const rows = await manager.query<Array<{ id: string }>>(
        `INSERT INTO notifications
           (recipient_id, kind, subject_type, subject_id, params, dedupe_key, in_app, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT ON CONSTRAINT notifications_dedupe_key_key DO NOTHING
         RETURNING id`,
        [
          recipient.id,
          request.kind,
          request.subject.type,
          request.subject.id,
          JSON.stringify(request.params),
          dedupeKey(request, recipient.id),
          isEnabled(preferences, request.kind, 'in_app'),
          now,
        ],
      );
      const notificationId = rows[0]?.id;
      if (notificationId === undefined) continue;
      notified.push(recipient.id);
      if (isEnabled(preferences, request.kind, 'email')) {
        await this.queueMail(manager, notificationId, recipient, request, now);
      }
    }
    return notified;
  }

  private async queueMail(
    manager: EntityManager,
    notificationId: string,
    recipient: RecipientRow,
    request: NotificationRequest,
    now: Date,
  ): Promise<void> {
    const mail = renderMail(
      request.kind,
      request.params,
      recipient.language,
      this.linkTo(request.subject, request.params),
    );
    const viaSmtp = this.settings.smtpUrl !== undefined;
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO outbox_messages
         (notification_id, to_address, language, subject, body, state, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        notificationId,
        recipient.email,
        recipient.language,
        mail.subject,
        mail.body,
        viaSmtp ? 'pending' : 'stored',
        now,
      ],
    );
    const outboxId = rows[0]?.id;
    if (viaSmtp && outboxId !== undefined) {
      await this.jobs.sendWith(
        manager,
        SEND_EMAIL_JOB,
        { outboxId } satisfies SendEmailData,
        outboxId,
      );
    }
  }

  linkTo(subject: NotificationSubject, params: NotificationParams): string {
    return `${this.settings.publicUrl}${notificationPath(subject, params)}`;
  }
}
