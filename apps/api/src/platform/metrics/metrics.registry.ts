import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * This instance's Prometheus registry. One per app, not prom-client's global one: tests
 * run several apps in one process, and each must count only its own requests.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  /** Rate is `rate(…_count)`; latency quantiles come from the buckets. */
  readonly httpDuration = new Histogram({
    name: 'concordat_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status class, and how long they took',
    labelNames: ['method', 'route', 'status_class'] as const,
    // From a cached read (ms) to a slow export request: the p99 target is 50 ms.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly commandOutcomes = new Counter({
    name: 'concordat_command_outcomes_total',
    help: 'Agreement and commitment commands by outcome: ok, rejected (by code), conflict (stale version), error',
    labelNames: ['aggregate', 'command', 'outcome', 'code'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The exposition text, with every scrape-time gauge sampled now. */
  metrics(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
