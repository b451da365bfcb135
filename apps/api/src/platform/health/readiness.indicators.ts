import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.js';

const CHECK_TIMEOUT_MS = 1_500;

/**
 * What an instance needs before a load balancer sends it traffic: the database answers,
 * its schema is the one this build expects (no migration pending), and the job queue runs.
 */
@Injectable()
export class ReadinessIndicators {
  constructor(
    private readonly health: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  database() {
    return this.health
      .check('database')
      .attempt(async () => {
        await this.dataSource.query('SELECT 1');
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }

  migrations() {
    return this.health
      .check('migrations')
      .attempt(async () => {
        // showMigrations() is true when a migration of this build has not run here yet,
        // e.g. an old replica's database during a rolling upgrade.
        if (await this.dataSource.showMigrations()) throw new Error('migrations are pending');
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }

  jobQueue() {
    const check = this.health.check('jobQueue');
    return this.jobs.isStarted() ? check.up() : check.down({ message: 'pg-boss is not started' });
  }
}
