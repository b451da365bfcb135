import { Injectable } from '@nestjs/common';
import { dayOf, isOverdue } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import {
  type OpenOccurrence,
  openOccurrences,
} from '../../commitments/queries/open-occurrences.js';
import type {
  CalendarCommitmentStatus,
  CalendarEntry,
  CalendarReader,
  CalendarSource,
} from '../calendar-source.js';

/**
 * The open occurrences (planned, in progress, overdue) of the commitments the user owns,
 * all-day on their due date. Managers also get those whose owner can no longer act on them,
 * as they get those reminders. Others' commitments stay out: the feed is what *I* must do,
 * and the dashboard is where a manager looks across everyone's.
 */
@Injectable()
export class CommitmentsDueCalendar implements CalendarSource {
  readonly name = 'commitments-due';

  async entries(
    manager: EntityManager,
    { user }: CalendarReader,
    now: Date,
  ): Promise<CalendarEntry[]> {
    const today = dayOf(now.toISOString());
    // Managers stand in for an owner who can no longer act, as in the reminders.
    const standsIn = user.role === 'manager';
    return (await openOccurrences(manager, null))
      .filter(
        (occurrence) => occurrence.ownerId === user.id || (standsIn && !occurrence.ownerCanAct),
      )
      .map((occurrence) => ({
        uid: `commitment-${occurrence.commitmentId}-${occurrence.periodKey}@concordat`,
        kind: 'commitment_due',
        title: occurrence.title,
        titleLanguages: occurrence.titleLanguages,
        at: occurrence.dueOn,
        agreementId: occurrence.agreementId,
        status: statusOn(occurrence, today),
      }));
  }
}

function statusOn(occurrence: OpenOccurrence, today: string): CalendarCommitmentStatus {
  if (isOverdue(occurrence, today)) return 'overdue';
  return occurrence.status === 'in_progress' ? 'in_progress' : 'planned';
}
