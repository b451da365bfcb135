import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainError, type LocalizedText } from '@concordat/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../platform/clock/clock.js';
import { ConcurrencyConflictError } from '../../../platform/event-store/concurrency-conflict.error.js';
import { JobQueue } from '../../../platform/jobs/job-queue.js';
import { AgreementCommandRunner } from '../../agreements/infrastructure/agreement-command-runner.js';
import {
  NOTIFICATION_SETTINGS,
  type NotificationSettings,
} from '../../notifications/notification-settings.js';
import { Notifier } from '../../notifications/notify/notifier.js';
import { storedTitleLanguages } from '../../agreements/queries/agreement-row.js';
import { SYSTEM_ACTOR } from '../../users/system-actor.js';
import { isoDay, usersWithRoles } from '../recipients.js';

export const START_DUE_REVIEWS_JOB = 'agreements.start-due-reviews';

interface DueRow {
  id: string;
  version: number;
  title: LocalizedText;
  title_languages: string[] | null;
  review_due_on: string;
  expires_on: string | null;
}

/**
 * Renewal reviews open themselves: an agreement in force whose review date (expiry minus
 * its review lead time, computed at signing or renewal) has come is moved into review by
 * the ordinary StartReview command, as the system user, and the officials and managers
 * are told in the same transaction. A second run, or another instance racing this one,
 * finds the agreement in review (or loses the append on its version) and does nothing.
 */
@Injectable()
export class StartDueReviewsJob implements OnApplicationBootstrap {
  private readonly logger = new Logger('Reviews');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly runner: AgreementCommandRunner,
    private readonly notifier: Notifier,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule({
      name: START_DUE_REVIEWS_JOB,
      cron: this.settings.reminderCron,
      run: () => this.run(),
    });
  }

  /** Returns the ids of the agreements this run put into review. */
  async run(): Promise<string[]> {
    const now = this.clock.now();
    const due = await this.dataSource.query<DueRow[]>(
      `SELECT a.id, a.version, a.title, a.title_languages, to_char(p.review_due_on, 'YYYY-MM-DD') AS review_due_on,
              p.view->>'expiresOn' AS expires_on
         FROM agreements a JOIN agreement_particulars p ON p.agreement_id = a.id
        WHERE a.status = 'active' AND a.step = 'in_force' AND p.review_due_on <= $1::date
        ORDER BY p.review_due_on, a.id`,
      [isoDay(now)],
    );
    const started: string[] = [];
    for (const row of due) {
      try {
        await this.dataSource.transaction(async (manager) => {
          await this.runner.runIn(
            manager,
            row.id,
            { type: 'StartReview', data: {} },
            { actor: SYSTEM_ACTOR, now: now.toISOString() },
            row.version,
          );
          const reviewers = await usersWithRoles(manager, ['official', 'manager']);
          await this.notifier.notify(
            manager,
            {
              kind: 'agreement.review_started',
              subject: { type: 'agreement', id: row.id },
              occurrence: row.review_due_on,
              recipientIds: reviewers.map((user) => user.id),
              params: {
                title: row.title,
                titleLanguages: storedTitleLanguages(row),
                dueAt: row.expires_on ?? row.review_due_on,
              },
            },
            now,
          );
        });
        started.push(row.id);
      } catch (error) {
        // Someone (a person or another instance) moved it first: nothing left to do.
        if (!(error instanceof ConcurrencyConflictError || error instanceof DomainError)) {
          throw error;
        }
      }
    }
    if (started.length > 0) this.logger.log(`${started.length} renewal reviews started`);
    return started;
  }
}
