import { Inject, Injectable, type OnApplicationBootstrap, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../platform/clock/clock.js';
import { JobQueue } from '../../../platform/jobs/job-queue.js';
import { MailTransport } from '../mail/mail-transport.js';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings.js';
import { SEND_EMAIL_JOB, type SendEmailData } from '../notify/notifier.js';

interface OutboxRow {
  id: string;
  notification_id: string;
  to_address: string;
  subject: string;
  body: string;
  state: string;
}

/**
 * Sends one queued mail. The outbox row is locked for the whole attempt, so two workers
 * (two api instances, or a retry racing a slow attempt) never send it side by side, and a
 * row already `sent` is skipped. Delivery is at-least-once in one window only: if the
 * process dies after the SMTP server accepted the mail and before the `sent` commit, the
 * retry sends it again, with the same Message-ID so mail clients can fold the two. We
 * prefer that to at-most-once, where such a crash would lose the reminder silently.
 */
@Injectable()
export class SendEmailJob implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
    @Optional() private readonly transport?: MailTransport,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.transport === undefined) return;
    await this.jobs.work<SendEmailData>({
      name: SEND_EMAIL_JOB,
      retryLimit: 5,
      run: (data) => this.send(data),
    });
  }

  async send({ outboxId }: SendEmailData): Promise<void> {
    const transport = this.transport;
    if (transport === undefined) return;
    const failure = await this.dataSource.transaction(async (manager): Promise<Error | null> => {
      const rows = await manager.query<OutboxRow[]>(
        `SELECT id, notification_id, to_address, subject, body, state
           FROM outbox_messages WHERE id = $1 FOR UPDATE`,
        [outboxId],
      );
      const row = rows[0];
      if (row === undefined || row.state === 'sent' || row.state === 'stored') return null;
      try {
        await transport.send({
          from: this.settings.smtpFrom,
          to: row.to_address,
          subject: row.subject,
          text: row.body,
          messageId: `<${row.notification_id}@concordat>`,
        });
      } catch (error) {
        // The failure is committed for the outbox page; the job fails after, so it retries.
        await manager.query(
          `UPDATE outbox_messages SET attempts = attempts + 1, state = 'failed', last_error = $2 WHERE id = $1`,
          [outboxId, error instanceof Error ? error.message : String(error)],
        );
        return error instanceof Error ? error : new Error(String(error));
      }
      await manager.query(
        `UPDATE outbox_messages SET attempts = attempts + 1, state = 'sent', sent_at = $2, last_error = NULL
          WHERE id = $1`,
        [outboxId, this.clock.now()],
      );
      return null;
    });
    if (failure !== null) throw failure;
  }
}
