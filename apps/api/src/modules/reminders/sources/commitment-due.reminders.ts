import { Injectable } from '@nestjs/common';
import { dayOf, dueSoonHorizon, dueSoonThreshold } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { openOccurrences } from '../../commitments/queries/open-occurrences.js';
import type { NotificationRequest } from '../../notifications/notify/notification-request.js';
import { daysBetween, usersWithRoles } from '../recipients.js';
import type { ReminderSource } from '../reminder-source.js';

/**
 * Open occurrences due in 30, 7 and 1 days remind their commitment's owner (the managers,
 * when the owner can no longer act on it). The threshold is part of the occurrence
 * (`<commitment>:<period>:d7`), so each one reminds once, however often the job asks.
 */
@Injectable()
export class CommitmentDueReminders implements ReminderSource {
  readonly name = 'commitments-due';

  async due(manager: EntityManager, now: Date): Promise<NotificationRequest[]> {
    const today = dayOf(now.toISOString());
    const occurrences = await openOccurrences(manager, dueSoonHorizon(today));
    let managers: string[] | null = null;
    const requests: NotificationRequest[] = [];
    for (const occurrence of occurrences) {
      const threshold = dueSoonThreshold(occurrence, today);
      if (threshold === null) continue;
      if (!occurrence.ownerCanAct && managers === null) {
        managers = (await usersWithRoles(manager, ['manager'])).map((user) => user.id);
      }
      requests.push({
        kind: 'commitment.due_soon',
        subject: { type: 'commitment', id: occurrence.commitmentId },
        occurrence: `${occurrence.commitmentId}:${occurrence.periodKey}:d${threshold}`,
        recipientIds: occurrence.ownerCanAct ? [occurrence.ownerId] : (managers ?? []),
        params: {
          title: occurrence.title,
          titleLanguages: occurrence.titleLanguages,
          dueAt: occurrence.dueOn,
          days: daysBetween(today, occurrence.dueOn),
          agreementId: occurrence.agreementId,
        },
      });
    }
    return requests;
  }
}
