import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CommandOutcomeInterceptor } from './command-outcome.interceptor.js';
import { HttpMetrics } from './http-metrics.js';
import { MetricsAccessGuard } from './metrics-access.guard.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsRegistry } from './metrics.registry.js';
import { METRICS_TOKEN } from './metrics.tokens.js';
import { ScrapeGauges } from './scrape-gauges.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Global()
@Module({})
export class MetricsModule {
  /** `token`: the bearer token Prometheus scrapes with; without it only admins may read. */
  static register(token: string | undefined): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [
        { provide: METRICS_TOKEN, useValue: token },
        MetricsRegistry,
        HttpMetrics,
        ScrapeGauges,
        MetricsAccessGuard,
        { provide: APP_INTERCEPTOR, useClass: CommandOutcomeInterceptor },
      ],
      exports: [MetricsRegistry, HttpMetrics],
    };
  }
}
