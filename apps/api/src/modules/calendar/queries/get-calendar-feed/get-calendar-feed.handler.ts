import { Inject } from '@nestjs/common';
import type { UiLanguage, UserRef } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import ical from 'ical-generator';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import {
  NOTIFICATION_SETTINGS,
  type NotificationSettings,
} from '../../../notifications/notification-settings.js';
import { CALENDAR_SOURCES, type CalendarSource } from '../../calendar-source.js';
import { CALENDAR_NAMES, descriptionOf, summaryOf } from '../../calendar-texts.js';
import { hashCalendarToken } from '../../calendar-token.js';
import { GetCalendarFeedQuery } from './get-calendar-feed.query.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DEADLINE_MINUTES = 30;

/**
 * Builds the feed from every calendar source, in the token owner's language. An unknown or
 * revoked token answers 404, the same as a token that never existed.
 */
@QueryHandler(GetCalendarFeedQuery)
export class GetCalendarFeedHandler implements IQueryHandler<GetCalendarFeedQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(CALENDAR_SOURCES) private readonly sources: readonly CalendarSource[],
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  async execute({ token }: GetCalendarFeedQuery): Promise<string> {
    const manager = this.dataSource.manager;
    const rows = await manager.query<Array<UserRef & { language: UiLanguage }>>(
      `SELECT u.id, u.name, u.email, u.role, u.language
         FROM calendar_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1`,
      [hashCalendarToken(token)],
    );
    const owner = rows[0];
    if (owner === undefined) throw new ApiError(ApiErrorCode.NotFound, 'No such calendar.');
    const { language, ...user } = owner;
    const now = this.clock.now();
    const calendar = ical({
      name: CALENDAR_NAMES[language],
      prodId: { company: 'Concordat', product: 'Concordat', language: language.toUpperCase() },
    });
    for (const source of this.sources) {
      for (const entry of await source.entries(manager, { user, language }, now)) {
        const allDay = DATE_ONLY.test(entry.at);
        const start = new Date(allDay ? `${entry.at}T00:00:00Z` : entry.at);
        calendar.createEvent({
          id: entry.uid,
          start,
          ...(allDay
            ? { allDay: true }
            : { end: new Date(start.getTime() + DEADLINE_MINUTES * 60_000) }),
          stamp: now,
          summary: summaryOf(entry, language),
          description: descriptionOf(entry, language) ?? null,
          url: `${this.settings.publicUrl}/agreements/${entry.agreementId}`,
        });
      }
    }
    return calendar.toString();
  }
}
