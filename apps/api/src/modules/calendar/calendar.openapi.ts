import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiResponse } from '@nestjs/swagger';

/** OpenAPI descriptions of the calendar routes, kept out of the controller. */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description: `${description} (application/problem+json)` });

export const CalendarDocs = {
  create: () =>
    applyDecorators(
      ApiOperation({
        summary: "Make the caller's secret calendar feed URL (replacing an older one)",
        operationId: 'createCalendarToken',
      }),
      ApiResponse({ status: 201, description: '`url` (shown only now) and `createdAt`' }),
    ),
  revoke: () =>
    applyDecorators(
      ApiOperation({
        summary: "Stop the caller's calendar feed URL working",
        operationId: 'revokeCalendarToken',
      }),
      ApiResponse({ status: 204, description: 'Revoked (or there was none)' }),
    ),
  feed: () =>
    applyDecorators(
      ApiOperation({
        summary:
          'The iCalendar (RFC 5545) feed of review dates, expiry dates and approval deadlines the token owner acts on; no session',
        operationId: 'getCalendarFeed',
      }),
      ApiParam({ name: 'file', description: '`<token>.ics`' }),
      ApiProduces('text/calendar'),
      ApiResponse({ status: 200, description: 'The feed' }),
      problem(404, 'Unknown or revoked token'),
    ),
};
