import { Injectable } from '@nestjs/common';
import { type OverdueItem, dayOf, isOverdue } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { openOccurrences } from '../../commitments/queries/open-occurrences.js';
import type { NotificationRequest } from '../../notifications/notify/notification-request.js';
import { usersWithRoles } from '../recipients.js';
import type { ReminderSource } from '../reminder-source.js';

/**
 * Once a UTC day, each owner of overdue occurrences gets one notification listing them
 * (subject the owner, occurrence the day). Occurrences whose owner can no longer act on
 * them go into every manager's digest instead, so nothing overdue goes unseen. The list is
 * as the first run of the day finds it: later runs that day are stopped by the dedupe key.
 */
@Injectable()
export class CommitmentOverdueDigest implements ReminderSource {
  readonly name = 'commitments-overdue-digest';

  async due(manager: EntityManager, now: Date): Promise<NotificationRequest[]> {
    const today = dayOf(now.toISOString());
    const overdue = (await openOccurrences(manager, today)).filter((occurrence) =>
      isOverdue(occurrence, today),
    );
    const orphaned = overdue.some((occurrence) => !occurrence.ownerCanAct);
    const managers = orphaned
      ? (await usersWithRoles(manager, ['manager'])).map((user) => user.id)
      : [];
    const byRecipient = new Map<string, OverdueItem[]>();
    for (const occurrence of overdue) {
      const item: OverdueItem = {
        commitmentId: occurrence.commitmentId,
        agreementId: occurrence.agreementId,
        title: occurrence.title,
        titleLanguages: occurrence.titleLanguages,
        dueOn: occurrence.dueOn,
      };
      for (const recipient of occurrence.ownerCanAct ? [occurrence.ownerId] : managers) {
        byRecipient.set(recipient, [...(byRecipient.get(recipient) ?? []), item]);
      }
    }
    return [...byRecipient].map(([recipientId, items]) => ({
      kind: 'commitment.overdue_digest',
      subject: { type: 'user', id: recipientId },
      occurrence: today,
      recipientIds: [recipientId],
      params: { items },
    }));
  }
}
