import { Controller, Delete, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor, CalendarTokenView } from '@concordat/domain';
import { CurrentActor } from '../../platform/auth/current-user.decorator.js';
import { Public } from '../../platform/auth/public.decorator.js';
import { ApiError, ApiErrorCode } from '../../platform/problem/api-error.js';
import { CalendarDocs } from './calendar.openapi.js';
import { CreateCalendarTokenCommand } from './commands/create-calendar-token/create-calendar-token.command.js';
import { RevokeCalendarTokenCommand } from './commands/revoke-calendar-token/revoke-calendar-token.command.js';
import { GetCalendarFeedQuery } from './queries/get-calendar-feed/get-calendar-feed.query.js';

const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

@ApiTags('calendar')
@Controller('api/calendar')
export class CalendarController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('token')
  @HttpCode(201)
  @ApiBearerAuth()
  @CalendarDocs.create()
  createToken(@CurrentActor() actor: Actor): Promise<CalendarTokenView> {
    return this.commands.execute(new CreateCalendarTokenCommand(actor.userId));
  }

  @Delete('token')
  @HttpCode(204)
  @ApiBearerAuth()
  @CalendarDocs.revoke()
  revokeToken(@CurrentActor() actor: Actor): Promise<void> {
    return this.commands.execute(new RevokeCalendarTokenCommand(actor.userId));
  }

  /** Calendar clients send no session: the secret in the URL is the credential. */
  @Get(':file')
  @Public()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  @CalendarDocs.feed()
  feed(@Param('file') file: string): Promise<string> {
    const token = FEED_FILE.exec(file)?.[1];
    if (token === undefined) throw new ApiError(ApiErrorCode.NotFound, 'No such calendar.');
    return this.queries.execute(new GetCalendarFeedQuery(token));
  }
}
