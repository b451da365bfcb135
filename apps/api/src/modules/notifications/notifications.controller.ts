import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  type NotificationPage,
  type NotificationPreferencesView,
  type OutboxMessageView,
  type Page,
  notificationPageQuerySchema,
  updateNotificationPreferencesSchema,
} from '@concordat/domain';
import { z } from 'zod';
import { CurrentActor } from '../../platform/auth/current-user.decorator.js';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import { parseInput } from '../../platform/validation/parse-input.js';
import { MarkAllNotificationsReadCommand } from './commands/mark-all-notifications-read/mark-all-notifications-read.command.js';
import { MarkNotificationReadCommand } from './commands/mark-notification-read/mark-notification-read.command.js';
import { UpdateNotificationPreferencesCommand } from './commands/update-notification-preferences/update-notification-preferences.command.js';
import { NotificationDocs } from './notifications.openapi.js';
import { GetNotificationPreferencesQuery } from './queries/get-notification-preferences/get-notification-preferences.query.js';
import { ListNotificationsQuery } from './queries/list-notifications/list-notifications.query.js';
import { ListOutboxQuery } from './queries/list-outbox/list-outbox.query.js';

const notificationIdSchema = z.guid({ message: 'must be a UUID' });

/** The caller's own notifications and settings: any signed-in user, no role needed. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api')
export class NotificationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('notifications')
  @NotificationDocs.list()
  list(@Query() query: unknown, @CurrentActor() actor: Actor): Promise<NotificationPage> {
    const paging = parseInput(notificationPageQuerySchema, query, 'query');
    return this.queries.execute(new ListNotificationsQuery(actor.userId, paging));
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @NotificationDocs.readAll()
  readAll(@CurrentActor() actor: Actor): Promise<{ marked: number }> {
    return this.commands.execute(new MarkAllNotificationsReadCommand(actor.userId));
  }

  @Post('notifications/:id/read')
  @HttpCode(204)
  @NotificationDocs.read()
  read(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    const notificationId = parseInput(notificationIdSchema, id, 'id');
    return this.commands.execute(new MarkNotificationReadCommand(actor.userId, notificationId));
  }

  @Get('notifications/preferences')
  @NotificationDocs.preferences()
  preferences(@CurrentActor() actor: Actor): Promise<NotificationPreferencesView> {
    return this.queries.execute(new GetNotificationPreferencesQuery(actor.userId));
  }

  @Put('notifications/preferences')
  @NotificationDocs.updatePreferences()
  updatePreferences(
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<NotificationPreferencesView> {
    const input = parseInput(updateNotificationPreferencesSchema, body);
    return this.commands.execute(new UpdateNotificationPreferencesCommand(actor.userId, input));
  }

  @Get('admin/outbox')
  @RequirePermission('outbox.read')
  @NotificationDocs.outbox()
  outbox(@Query() query: unknown): Promise<Page<OutboxMessageView>> {
    const { page, pageSize } = parseInput(notificationPageQuerySchema, query, 'query');
    return this.queries.execute(new ListOutboxQuery(page, pageSize));
  }
}
