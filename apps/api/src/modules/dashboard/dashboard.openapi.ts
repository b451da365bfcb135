import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { COMMITMENT_KINDS } from '@concordat/domain';
import { DASHBOARD_CALENDAR_EXAMPLE, DASHBOARD_EXAMPLE } from './dashboard.openapi-examples.js';

/** OpenAPI descriptions of the dashboard routes, kept out of the controller. */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

const filters = [
  ApiQuery({
    name: 'partner',
    required: false,
    description: 'Part of a partner name, as the lists match it',
  }),
  ApiQuery({ name: 'country', required: false, description: 'ISO 3166-1 alpha-2' }),
  ApiQuery({
    name: 'kind',
    required: false,
    enum: COMMITMENT_KINDS,
    description: 'Narrows commitments only',
  }),
  ApiQuery({
    name: 'owner',
    required: false,
    description: 'User id of the commitment owner; narrows commitments only',
  }),
];

export const DashboardDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Counts for managers',
      description:
        'Open commitment occurrences due today up to 30 days ahead (`dueSoon`) and overdue, in total and by partner, country, kind and owner; agreements in force or in review ending within 30, 90 and 180 days; agreements in each open status and step. Each number is what the lists return for the same filters plus its own: `GET /api/commitments?open=true&dueFrom={dueFrom}&dueTo={dueTo}`, `GET /api/commitments?overdue=true`, `GET /api/agreements?expiresWithinDays=90`, `GET /api/agreements?status=draft&step=awaiting_approval`. Today is the UTC day of the server clock.',
      operationId: 'getDashboard',
    }),
    ...filters,
    ApiResponse({
      status: 200,
      description: 'DashboardView',
      content: { 'application/json': { example: DASHBOARD_EXAMPLE } },
    }),
    problem(400, 'Invalid query parameters'),
    problem(401, 'Not signed in'),
    problem(403, 'Missing permission dashboard.read'),
  );

export const DashboardCalendarDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: "A month's commitment occurrences, review and expiry dates",
      operationId: 'getDashboardCalendar',
    }),
    ApiQuery({ name: 'month', required: true, example: '2026-10', description: 'YYYY-MM' }),
    ...filters,
    ApiResponse({
      status: 200,
      description: 'DashboardCalendarView, entries by date',
      content: { 'application/json': { example: DASHBOARD_CALENDAR_EXAMPLE } },
    }),
    problem(400, 'Invalid query parameters (month must be YYYY-MM)'),
    problem(401, 'Not signed in'),
    problem(403, 'Missing permission dashboard.read'),
  );
