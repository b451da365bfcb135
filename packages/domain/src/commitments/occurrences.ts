import type { CommitmentCommandType } from './commitment.commands.js';
import type { OccurrenceStatus } from './commitment.model.js';
import type { ExistingCommitmentState, OccurrenceRecord } from './commitment.state.js';
import { occurrenceDates } from './recurrence.js';

/**
 * Where each occurrence command may run from and where it leads: data, read by decide,
 * evolve, the api's allowed commands and the web's buttons. A missed occurrence can still
 * be fulfilled late or waived; a fulfilled or waived one is settled.
 */
export const OCCURRENCE_TRANSITIONS = {
  StartOccurrence: { from: ['planned'], to: 'in_progress' },
  FulfilOccurrence: {
    from: ['planned', 'in_progress', 'partially_fulfilled', 'missed'],
    to: 'fulfilled',
  },
  RecordPartialFulfilment: {
    from: ['planned', 'in_progress', 'partially_fulfilled', 'missed'],
    to: 'partially_fulfilled',
  },
  MarkOccurrenceMissed: { from: ['planned', 'in_progress', 'partially_fulfilled'], to: 'missed' },
  WaiveOccurrence: { from: ['planned', 'in_progress', 'missed'], to: 'waived' },
} as const satisfies Partial<
  Record<CommitmentCommandType, { from: readonly OccurrenceStatus[]; to: OccurrenceStatus }>
>;
export type OccurrenceCommandType = keyof typeof OCCURRENCE_TRANSITIONS;

export const OCCURRENCE_COMMAND_TYPES = Object.keys(
  OCCURRENCE_TRANSITIONS,
) as OccurrenceCommandType[];

export function occurrenceCommandAllowed(
  command: OccurrenceCommandType,
  status: OccurrenceStatus,
): boolean {
  return (OCCURRENCE_TRANSITIONS[command].from as readonly OccurrenceStatus[]).includes(status);
}

export interface Occurrence extends OccurrenceRecord {
  dueOn: string;
}

export function untouched(periodKey: string): OccurrenceRecord {
  return {
    periodKey,
    status: 'planned',
    quantityDone: null,
    note: null,
    reason: null,
    evidence: [],
  };
}

/**
 * Every occurrence of a commitment, oldest first: the dates its schedule yields, plus any
 * occurrence already recorded that an edited schedule no longer yields (what happened
 * stays visible). The period key is the due date.
 */
export function occurrencesOf(state: ExistingCommitmentState): Occurrence[] {
  const keys = new Set([
    ...occurrenceDates(state.details.schedule),
    ...Object.keys(state.occurrences),
  ]);
  return [...keys]
    .sort()
    .map((key) => ({ ...(state.occurrences[key] ?? untouched(key)), dueOn: key }));
}

/** Statuses that still expect something to happen. */
export const OPEN_OCCURRENCE_STATUSES = ['planned', 'in_progress'] as const;

/**
 * Overdue: still open and due before `today` (a `YYYY-MM-DD` from the caller's clock).
 * Derived every time it is asked, never stored, so it cannot go stale overnight.
 */
export function isOverdue(occurrence: { status: OccurrenceStatus; dueOn: string }, today: string) {
  return (
    (OPEN_OCCURRENCE_STATUSES as readonly OccurrenceStatus[]).includes(occurrence.status) &&
    occurrence.dueOn < today
  );
}

/** The calendar day (UTC) of an ISO timestamp: what "today" is for due dates. */
export function dayOf(instant: string): string {
  return new Date(instant).toISOString().slice(0, 10);
}
