import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { DatabaseServer } from '../database/database-server.js';
import { DATABASE_SERVER } from '../database/database.tokens.js';

/** Work that runs on a clock: `run` is called once per tick of `cron` (UTC). */
export interface ScheduledJob {
  name: string;
  cron: string;
  run(): Promise<unknown>;
}

/**
 * Background work on pg-boss, in the app's own PostgreSQL: several api instances on one
 * database share the queues, so a scheduled tick runs once, not once per instance, and a
 * job a crashed instance held is retried by another. pg-boss keeps its tables in the
 * `pgboss` schema and creates them on first start.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;

  constructor(@Inject(DATABASE_SERVER) server: DatabaseServer) {
    // A small pool of its own: the queue polls, and must not starve the request pool.
    this.boss = new PgBoss({
      connectionString: server.url,
      max: 3,
      application_name: 'concordat-jobs',
    });
    this.boss.on('error', (error: unknown) => {
      this.logger.error(error);
    });
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  /** Before the database closes (DatabaseLifecycle runs at application shutdown). */
  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Registers `job`: its queue, its schedule (replacing an older cron) and this instance's worker. */
  async schedule(job: ScheduledJob): Promise<void> {
    await this.boss.createQueue(job.name);
    await this.boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
    await this.boss.work(job.name, async () => {
      await job.run();
    });
    this.logger.log(`${job.name} runs on "${job.cron}" (UTC)`);
  }

  /** Queues one run of a registered job now, on whichever instance picks it up first. */
  async runNow(name: string): Promise<string | null> {
    return this.boss.send(name, {});
  }
}
