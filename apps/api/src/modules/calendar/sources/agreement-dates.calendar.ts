import { Injectable } from '@nestjs/common';
import { type LocalizedText, mayRun } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { storedTitleLanguages } from '../../agreements/queries/agreement-row.js';
import type { CalendarEntry, CalendarReader, CalendarSource } from '../calendar-source.js';

interface DatedRow {
  id: string;
  title: LocalizedText;
  title_languages: string[] | null;
  review_due_on: string | null;
  expires_on: string | null;
}

/**
 * Review and expiry dates of the agreements in force or in review, for those who may open
 * a review (officials, managers, admins): the people the renewal review is assigned to.
 */
@Injectable()
export class AgreementDatesCalendar implements CalendarSource {
  readonly name = 'agreement-dates';

  async entries(manager: EntityManager, { user }: CalendarReader): Promise<CalendarEntry[]> {
    if (!mayRun(user.role, 'StartReview')) return [];
    const rows = await manager.query<DatedRow[]>(
      `SELECT a.id, a.title, a.title_languages, to_char(p.review_due_on, 'YYYY-MM-DD') AS review_due_on,
              p.view->>'expiresOn' AS expires_on
         FROM agreements a JOIN agreement_particulars p ON p.agreement_id = a.id
        WHERE a.status IN ('active', 'review')
        ORDER BY a.id`,
    );
    return rows.flatMap((row) => [
      ...(row.review_due_on === null
        ? []
        : [
            {
              uid: `review-${row.id}-${row.review_due_on}@concordat`,
              kind: 'review_due' as const,
              title: row.title,
              titleLanguages: storedTitleLanguages(row),
              at: row.review_due_on,
              agreementId: row.id,
            },
          ]),
      ...(row.expires_on === null
        ? []
        : [
            {
              uid: `expiry-${row.id}-${row.expires_on}@concordat`,
              kind: 'expires' as const,
              title: row.title,
              titleLanguages: storedTitleLanguages(row),
              at: row.expires_on,
              agreementId: row.id,
            },
          ]),
    ]);
  }
}
