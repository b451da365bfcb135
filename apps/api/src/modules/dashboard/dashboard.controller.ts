import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  dashboardCalendarQuerySchema,
  type DashboardCalendarView,
  dashboardQuerySchema,
  type DashboardView,
} from '@concordat/domain';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import { parseInput } from '../../platform/validation/parse-input.js';
import { DashboardCalendarDocs, DashboardDocs } from './dashboard.openapi.js';
import { GetDashboardCalendarQuery } from './queries/get-dashboard-calendar/get-dashboard-calendar.query.js';
import { GetDashboardQuery } from './queries/get-dashboard/get-dashboard.query.js';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('api/dashboard')
export class DashboardController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('dashboard.read')
  @DashboardDocs()
  get(@Query() query: unknown): Promise<DashboardView> {
    return this.queries.execute(
      new GetDashboardQuery(parseInput(dashboardQuerySchema, query, 'query')),
    );
  }

  @Get('calendar')
  @RequirePermission('dashboard.read')
  @DashboardCalendarDocs()
  calendar(@Query() query: unknown): Promise<DashboardCalendarView> {
    return this.queries.execute(
      new GetDashboardCalendarQuery(parseInput(dashboardCalendarQuerySchema, query, 'query')),
    );
  }
}
