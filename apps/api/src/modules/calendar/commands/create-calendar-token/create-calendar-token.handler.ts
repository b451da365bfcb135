import { Inject } from '@nestjs/common';
import type { CalendarTokenView } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import {
  NOTIFICATION_SETTINGS,
  type NotificationSettings,
} from '../../../notifications/notification-settings.js';
import { hashCalendarToken, newCalendarToken } from '../../calendar-token.js';
import { CreateCalendarTokenCommand } from './create-calendar-token.command.js';

@CommandHandler(CreateCalendarTokenCommand)
export class CreateCalendarTokenHandler implements ICommandHandler<CreateCalendarTokenCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  async execute({ userId }: CreateCalendarTokenCommand): Promise<CalendarTokenView> {
    const token = newCalendarToken();
    const now = this.clock.now();
    await this.dataSource.query(
      `INSERT INTO calendar_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at`,
      [userId, hashCalendarToken(token), now],
    );
    return {
      url: `${this.settings.publicUrl}/api/calendar/${token}.ics`,
      createdAt: now.toISOString(),
    };
  }
}
