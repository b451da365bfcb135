import { addDays } from '../agreements/particulars/calendar.js';
import { mayRunCommitmentCommand } from '../auth/commitment-permissions.js';
import type { Role } from '../auth/roles.js';
import type { OccurrenceStatus } from './commitment.model.js';
import { OPEN_OCCURRENCE_STATUSES } from './occurrences.js';

/** Days before an occurrence's due date that its owner is reminded, earliest first. */
export const DUE_SOON_THRESHOLDS = [30, 7, 1] as const;
export type DueSoonThreshold = (typeof DUE_SOON_THRESHOLDS)[number];

/**
 * Which reminder an open occurrence is due for today: the nearest threshold it has
 * reached (due in 8–30 days → 30, 2–7 → 7, today or tomorrow → 1). Answering a window
 * rather than one exact day lets a run missed while every instance was down catch up,
 * and an occurrence planned 5 days ahead still gets its 7-day reminder (but not the
 * 30-day one, which would say the wrong thing). Overdue occurrences are the digest's.
 */
export function dueSoonThreshold(
  occurrence: { status: OccurrenceStatus; dueOn: string },
  today: string,
): DueSoonThreshold | null {
  if (!(OPEN_OCCURRENCE_STATUSES as readonly OccurrenceStatus[]).includes(occurrence.status)) {
    return null;
  }
  if (occurrence.dueOn < today) return null;
  const ascending = [...DUE_SOON_THRESHOLDS].sort((a, b) => a - b);
  return ascending.find((days) => occurrence.dueOn <= addDays(today, days)) ?? null;
}

/** The last due date any due-soon reminder looks at, so readers need not load the rest. */
export function dueSoonHorizon(today: string): string {
  return addDays(today, Math.max(...DUE_SOON_THRESHOLDS));
}

/**
 * Whether the owner can still act on a commitment: one who may no longer record its
 * occurrences (their role changed) has in effect left it, and the managers are told instead.
 */
export function ownerCanAct(owner: { role: Role; isSystem: boolean }): boolean {
  return !owner.isSystem && mayRunCommitmentCommand(owner.role, 'FulfilOccurrence');
}
