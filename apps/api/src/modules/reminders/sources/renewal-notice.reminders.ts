import { Inject, Injectable } from '@nestjs/common';
import { type AgreementParticularsView, type LocalizedText, addDays } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { storedTitleLanguages } from '../../agreements/queries/agreement-row.js';
import {
  NOTIFICATION_SETTINGS,
  type NotificationSettings,
} from '../../notifications/notification-settings.js';
import type { NotificationRequest } from '../../notifications/notify/notification-request.js';
import { daysBetween, isoDay, usersWithRoles } from '../recipients.js';
import type { ReminderSource } from '../reminder-source.js';

interface RenewingRow {
  id: string;
  title: LocalizedText;
  title_languages: string[] | null;
  view: AgreementParticularsView;
}

/**
 * Agreements that renew themselves unless a party gives notice: from `renewalNoticeDays`
 * before the last day to give notice until that day, the managers are reminded once per
 * term (the occurrence is the expiry the notice would prevent).
 */
@Injectable()
export class RenewalNoticeReminders implements ReminderSource {
  readonly name = 'renewal-notices';

  constructor(@Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings) {}

  async due(manager: EntityManager, now: Date): Promise<NotificationRequest[]> {
    const today = isoDay(now);
    const rows = await manager.query<RenewingRow[]>(
      `SELECT a.id, a.title, a.title_languages, p.view FROM agreements a
         JOIN agreement_particulars p ON p.agreement_id = a.id
        WHERE a.status IN ('active', 'review')
          AND p.view->'renewalRule'->>'kind' = 'automatic'
          AND p.view->>'expiresOn' IS NOT NULL`,
    );
    const managers = (await usersWithRoles(manager, ['manager'])).map((user) => user.id);
    return rows.flatMap((row): NotificationRequest[] => {
      const { renewalRule, expiresOn } = row.view;
      if (renewalRule.kind !== 'automatic' || expiresOn === null) return [];
      const noticeBy = addDays(expiresOn, -renewalRule.noticeDays);
      const remindFrom = addDays(noticeBy, -this.settings.renewalNoticeDays);
      if (today < remindFrom || today > noticeBy) return [];
      return [
        {
          kind: 'agreement.renewal_notice_due',
          subject: { type: 'agreement', id: row.id },
          occurrence: expiresOn,
          recipientIds: managers,
          params: {
            title: row.title,
            titleLanguages: storedTitleLanguages(row),
            dueAt: noticeBy,
            days: daysBetween(today, noticeBy),
          },
        },
      ];
    });
  }
}
