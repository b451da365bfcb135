import { Injectable } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { MetricsRegistry } from './metrics.registry.js';

/** Requests no route matched (404s of probes and scanners): one label, not one per path. */
const UNMATCHED_ROUTE = 'unmatched';

/**
 * Times every request at the Fastify level, so the figure includes guards, validation and
 * the problem filter. Labels use the route template (`/api/agreements/:id`), never the
 * path: one series per route, however many agreements there are.
 */
@Injectable()
export class HttpMetrics {
  constructor(private readonly metrics: MetricsRegistry) {}

  /** Called by createApp before the routes are ready, so the hook covers all of them. */
  attach(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (request, reply, done) => {
      this.metrics.httpDuration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? UNMATCHED_ROUTE,
          status_class: `${Math.floor(reply.statusCode / 100)}xx`,
        },
        reply.elapsedTime / 1000,
      );
      done();
    });
  }
}
