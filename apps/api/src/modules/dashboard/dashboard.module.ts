import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller.js';
import { GetDashboardCalendarHandler } from './queries/get-dashboard-calendar/get-dashboard-calendar.handler.js';
import { GetDashboardHandler } from './queries/get-dashboard/get-dashboard.handler.js';

/** The managers' dashboard: counts and a month calendar read from the projections. */
// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({
  controllers: [DashboardController],
  providers: [GetDashboardHandler, GetDashboardCalendarHandler],
})
export class DashboardModule {}
