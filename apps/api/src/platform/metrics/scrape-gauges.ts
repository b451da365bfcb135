import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type pg from 'pg';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock.js';
import { MetricsRegistry } from './metrics.registry.js';

interface QueueDepthRow {
  name: string;
  queued: string;
  active: string;
}

interface IntegrityAgesRow {
  verified_at: Date | null;
  checkpoint_at: Date | null;
}

const NEVER = Number.POSITIVE_INFINITY;

/**
 * Gauges read when Prometheus scrapes, not kept up to date in between: queue depth and the
 * age of the last integrity proofs live in the database, which several replicas share. A
 * failed read (the database is down) leaves the gauge empty for that scrape; the process
 * metrics still answer, which is when an operator needs them most.
 */
@Injectable()
export class ScrapeGauges {
  private readonly logger = new Logger('Metrics');

  constructor(
    metrics: MetricsRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    const registers = [metrics.registry];
    const depth: Gauge<'queue' | 'state'> = new Gauge({
      name: 'concordat_job_queue_depth',
      help: 'pg-boss jobs waiting (queued: created or retry) and running (active), per queue',
      labelNames: ['queue', 'state'] as const,
      registers,
      collect: async () => {
        depth.reset();
        for (const row of await this.read(() => this.queueDepths(), [])) {
          depth.set({ queue: row.name, state: 'queued' }, Number(row.queued));
          depth.set({ queue: row.name, state: 'active' }, Number(row.active));
        }
      },
    });
    const verified: Gauge = new Gauge({
      name: 'concordat_chain_verification_age_seconds',
      help: 'Seconds since the last background verification that found the whole chain intact (+Inf: never)',
      registers,
      collect: async () => {
        const ages = await this.read(() => this.integrityAges(), undefined);
        if (ages !== undefined) verified.set(this.secondsSince(ages.verified_at));
      },
    });
    const checkpointed: Gauge = new Gauge({
      name: 'concordat_checkpoint_age_seconds',
      help: 'Seconds since the last signed checkpoint of the event log (+Inf: never)',
      registers,
      collect: async () => {
        const ages = await this.read(() => this.integrityAges(), undefined);
        if (ages !== undefined) checkpointed.set(this.secondsSince(ages.checkpoint_at));
      },
    });
    const pool: Gauge<'state'> = new Gauge({
      name: 'concordat_db_pool_connections',
      help: "Connections of this instance's request pool: total, idle, and requests waiting for one",
      labelNames: ['state'] as const,
      registers,
      collect: () => {
        const connections = this.pool();
        if (connections === undefined) return;
        pool.set({ state: 'total' }, connections.totalCount);
        pool.set({ state: 'idle' }, connections.idleCount);
        pool.set({ state: 'waiting' }, connections.waitingCount);
      },
    });
  }

  private queueDepths(): Promise<QueueDepthRow[]> {
    return this.dataSource.query<QueueDepthRow[]>(
      `SELECT q.name,
              count(j.id) FILTER (WHERE j.state IN ('created', 'retry')) AS queued,
              count(j.id) FILTER (WHERE j.state = 'active') AS active
         FROM pgboss.queue q
         LEFT JOIN pgboss.job j ON j.name = q.name AND j.state IN ('created', 'retry', 'active')
        GROUP BY q.name`,
    );
  }

  private async integrityAges(): Promise<IntegrityAgesRow | undefined> {
    const rows = await this.dataSource.query<IntegrityAgesRow[]>(
      `SELECT (SELECT max(finished_at) FROM audit_verifications
                WHERE status = 'completed' AND (result ->> 'ok')::boolean) AS verified_at,
              (SELECT max(created_at) FROM event_checkpoints) AS checkpoint_at`,
    );
    return rows[0];
  }

  private secondsSince(at: Date | null): number {
    return at === null ? NEVER : Math.max(0, (this.clock.now().getTime() - at.getTime()) / 1000);
  }

  private pool(): pg.Pool | undefined {
    if (!this.dataSource.isInitialized) return undefined;
    // TypeORM's postgres driver keeps its pg.Pool as `master` (no replication configured).
    const { master } = this.dataSource.driver as unknown as { master?: pg.Pool };
    return master;
  }

  private async read<T>(query: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await query();
    } catch (error) {
      this.logger.warn(
        `metrics not sampled: ${error instanceof Error ? error.message : String(error)}`,
      );
      return fallback;
    }
  }
}
