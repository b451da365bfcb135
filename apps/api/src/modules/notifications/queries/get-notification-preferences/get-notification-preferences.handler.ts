import type { NotificationPreferencesView, UiLanguage } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { preferencesOf } from '../../notify/channel-preferences.js';
import { GetNotificationPreferencesQuery } from './get-notification-preferences.query.js';

/** The language, every kind × channel switch, and whether a calendar link exists. */
export async function readPreferences(
  manager: EntityManager,
  userId: string,
): Promise<NotificationPreferencesView> {
  const rows = await manager.query<Array<{ language: UiLanguage; token_at: Date | null }>>(
    `SELECT u.language, t.created_at AS token_at
       FROM users u LEFT JOIN calendar_tokens t ON t.user_id = u.id WHERE u.id = $1`,
    [userId],
  );
  return {
    language: rows[0]?.language ?? 'en',
    preferences: await preferencesOf(manager, userId),
    calendarTokenCreatedAt: rows[0]?.token_at?.toISOString() ?? null,
  };
}

@QueryHandler(GetNotificationPreferencesQuery)
export class GetNotificationPreferencesHandler implements IQueryHandler<GetNotificationPreferencesQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute({ userId }: GetNotificationPreferencesQuery): Promise<NotificationPreferencesView> {
    return readPreferences(this.dataSource.manager, userId);
  }
}
