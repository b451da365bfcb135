import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { DatabaseServer } from '../database/database-server.js';
import { DATABASE_SERVER } from '../database/database.tokens.js';

const PG_DEADLOCK_DETECTED = '40P01';
const CREATE_QUEUE_ATTEMPTS = 5;

/** Work that runs when something asks for it, one job at a time, with retries. */
export interface QueuedJob<T extends object> {
  name: string;
  /** How often a failed job is tried again (with backoff) before it is dead-lettered. */
  retryLimit: number;
  run(data: T): Promise<unknown>;
}

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
  /** Registrations one after another: pg-boss 10 deadlocks on concurrent createQueue. */
  private registrations: Promise<unknown> = Promise.resolve();
  private started = false;

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
    this.started = true;
  }

  /** For readiness: an instance whose queue is not running cannot send mail or run exports. */
  isStarted(): boolean {
    return this.started;
  }

  /** Before the database closes (DatabaseLifecycle runs at application shutdown). */
  async onModuleDestroy(): Promise<void> {
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Registers `job`: its queue, its schedule (replacing an older cron) and this instance's worker. */
  schedule(job: ScheduledJob): Promise<void> {
    return this.serially(() => this.register(job));
  }

  private async register(job: ScheduledJob): Promise<void> {
    await this.createQueue(job.name);
    await this.boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
    await this.boss.work(job.name, async () => {
      await job.run();
    });
    this.logger.log(`${job.name} runs on "${job.cron}" (UTC)`);
  }

  /**
   * Registers a queue of `job` and this instance's worker. Jobs that fail every retry move
   * to `<name>.dead`, where an operator can see them (pgboss.job) instead of losing them.
   */
  work<T extends object>(job: QueuedJob<T>): Promise<void> {
    return this.serially(() => this.registerWorker(job));
  }

  private async registerWorker<T extends object>(job: QueuedJob<T>): Promise<void> {
    const deadLetter = `${job.name}.dead`;
    await this.createQueue(deadLetter);
    await this.createQueue(job.name, {
      name: job.name,
      retryLimit: job.retryLimit,
      retryBackoff: true,
      deadLetter,
    });
    await this.boss.work<T>(job.name, async (jobs) => {
      for (const queued of jobs) await job.run(queued.data);
    });
  }

  /**
   * Queues a job inside the caller's transaction: it exists if and only if the caller's
   * rows commit, so a crash between "decided to send" and "queued" cannot lose it.
   */
  async sendWith(
    manager: EntityManager,
    name: string,
    data: object,
    singletonKey: string,
  ): Promise<void> {
    await this.boss.send(name, data, {
      singletonKey,
      db: {
        executeSql: async (text: string, values: unknown[]) => ({
          rows: await manager.query<unknown[]>(text, values),
        }),
      },
    });
  }

  /**
   * pg-boss's create_queue attaches a partition to its job table, and two instances doing
   * it at once (replicas starting together) can deadlock; PostgreSQL aborts one of them.
   * The function does nothing for a queue that exists, so trying again is safe.
   */
  private async createQueue(name: string, options?: PgBoss.Queue): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.boss.createQueue(name, options);
        return;
      } catch (error) {
        const deadlock = (error as { code?: unknown }).code === PG_DEADLOCK_DETECTED;
        if (!deadlock || attempt >= CREATE_QUEUE_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
      }
    }
  }

  private serially(register: () => Promise<void>): Promise<void> {
    const next = this.registrations.then(register);
    // A failed registration fails its caller, not the ones queued behind it.
    this.registrations = next.catch(() => undefined);
    return next;
  }

  /** Queues one run of a registered job now, on whichever instance picks it up first. */
  async runNow(name: string): Promise<string | null> {
    return this.boss.send(name, {});
  }
}
