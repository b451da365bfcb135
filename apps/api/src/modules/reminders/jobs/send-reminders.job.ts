import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../platform/clock/clock.js';
import { JobQueue } from '../../../platform/jobs/job-queue.js';
import {
  NOTIFICATION_SETTINGS,
  type NotificationSettings,
} from '../../notifications/notification-settings.js';
import { Notifier } from '../../notifications/notify/notifier.js';
import { REMINDER_SOURCES, type ReminderSource } from '../reminder-source.js';

export const SEND_REMINDERS_JOB = 'reminders.send';

/**
 * On each tick, asks every reminder source what is due at the clock's now and notifies.
 * Idempotent by the dedupe key: a second run for the same moment (a retry, another
 * instance, a tick after a restart) finds every notification already there. Each source
 * commits on its own, so one failing source does not hold back the others.
 */
@Injectable()
export class SendRemindersJob implements OnApplicationBootstrap {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    @Inject(REMINDER_SOURCES) private readonly sources: readonly ReminderSource[],
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule({
      name: SEND_REMINDERS_JOB,
      cron: this.settings.reminderCron,
      run: () => this.run(),
    });
  }

  /** Returns how many notifications this run created (0 when all were sent before). */
  async run(): Promise<number> {
    const now = this.clock.now();
    let created = 0;
    for (const source of this.sources) {
      created += await this.dataSource.transaction(async (manager) => {
        let count = 0;
        for (const request of await source.due(manager, now)) {
          count += (await this.notifier.notify(manager, request, now)).length;
        }
        return count;
      });
    }
    if (created > 0) this.logger.log(`${created} reminders at ${now.toISOString()}`);
    return created;
  }
}
