import { Readable } from 'node:stream';
import {
  type Actor,
  type AuditActorView,
  type AuditEventsPage,
  can,
  searchEventsQuerySchema,
} from '@concordat/domain';
import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../../platform/auth/current-user.decorator.js';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import { acceptedLanguages } from '../../platform/http/csv.js';
import { replyWithCsv } from '../../platform/http/file-reply.js';
import { ApiError, ApiErrorCode } from '../../platform/problem/api-error.js';
import { parseInput } from '../../platform/validation/parse-input.js';
import { SearchEventsCsvQuery } from './queries/search-events/search-events-csv.query.js';
import {
  ListAuditActorsDocs,
  SearchEventsDocs,
} from './queries/search-events/search-events.openapi.js';
import { ListAuditActorsQuery } from './queries/list-audit-actors/list-audit-actors.query.js';
import { SearchEventsQuery } from './queries/search-events/search-events.query.js';

/** The audit log search; a controller of its own beside the checkpoint and verify routes. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class AuditEventsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('events')
  @RequirePermission('agreement.history.read')
  @SearchEventsDocs()
  async search(
    @Query() query: unknown,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuditEventsPage | Readable> {
    const params = parseInput(searchEventsQuerySchema, query, 'query');
    // Readers of agreement history see one agreement's at a time; the whole log is audit.read.
    if (!can(actor.role, 'audit.read') && params.agreementId === undefined) {
      throw new ApiError(
        ApiErrorCode.PermissionDenied,
        'Searching the whole audit log needs the audit.read permission; name an agreement with agreementId to read its history.',
        [{ field: 'agreementId', message: 'is required without the audit.read permission' }],
      );
    }
    if (params.format === 'json') return this.queries.execute(new SearchEventsQuery(params));
    const csv = await this.queries.execute(
      new SearchEventsCsvQuery(params, acceptedLanguages(acceptLanguage)),
    );
    replyWithCsv(reply, 'audit-log.csv');
    if (csv.nextCursor !== null) {
      // The same query, repeated parameters (`type`) kept, with the cursor after this file.
      const next = new URLSearchParams();
      for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
        if (key === 'cursor') continue;
        for (const item of ([] as unknown[]).concat(value)) next.append(key, String(item));
      }
      next.set('cursor', csv.nextCursor);
      void reply.header('link', `</api/audit/events?${next.toString()}>; rel="next"`);
    }
    return Readable.from(csv.lines);
  }

  @Get('actors')
  @RequirePermission('audit.read')
  @ListAuditActorsDocs()
  actors(): Promise<AuditActorView[]> {
    return this.queries.execute(new ListAuditActorsQuery());
  }
}
