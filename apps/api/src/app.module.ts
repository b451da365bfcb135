import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { AppOptions } from './config/app-options.js';
import { AgreementsModule } from './modules/agreements/agreements.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { ApprovalsModule } from './modules/approvals/approvals.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CommitmentsModule } from './modules/commitments/commitments.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { DossierModule } from './modules/dossier/dossier.module.js';
import { ExportsModule } from './modules/exports/exports.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { RemindersModule } from './modules/reminders/reminders.module.js';
import { AuthPlatformModule } from './platform/auth/auth-platform.module.js';
import { ClockModule } from './platform/clock/clock.module.js';
import { DatabaseModule } from './platform/database/database.module.js';
import type { DatabaseServer } from './platform/database/database-server.js';
import { EventStoreModule } from './platform/event-store/event-store.module.js';
import { JobsModule } from './platform/jobs/jobs.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { LoggingModule } from './platform/logging/logging.module.js';
import { MetricsModule } from './platform/metrics/metrics.module.js';
import { ProblemFilter } from './platform/problem/problem.filter.js';
import { DemoSeedModule } from './seed/demo-seed.module.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({})
export class AppModule {
  static register(options: AppOptions, database: DatabaseServer): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.register(options.logLevel, options.logStream),
        DatabaseModule.register(database, options.logLevel === 'silent'),
        CqrsModule.forRoot(),
        ClockModule.register(options.clock),
        JobsModule.register(database),
        EventStoreModule,
        AuthPlatformModule,
        HealthModule,
        MetricsModule.register(options.metricsToken),
        AuthModule.register({
          sessionTtlMs: options.sessionTtlMs,
          cookieSecure: options.cookieSecure,
          loginAttempts: options.loginAttempts,
          loginWindowMs: options.loginWindowMs,
        }),
        AgreementsModule,
        DemoSeedModule,
        AuditModule.register({
          signingKey: options.signingKey,
          signingKeyFile: options.signingKeyFile,
          checkpointCron: options.checkpointCron,
        }),
        ApprovalsModule,
        CommitmentsModule,
        NotificationsModule.register(options.notifications),
        RemindersModule,
        CalendarModule,
        DossierModule,
        DashboardModule,
        ExportsModule.register(options.exports),
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
