import type { ScorecardCounts } from '@concordat/domain';

export interface ScorecardColumn {
  key: keyof ScorecardCounts;
  label: string;
  tone: 'good' | 'partial' | 'bad' | 'muted';
}

/**
 * The outcome columns every scorecard shows, in one order: the agreement's scorecard and
 * the renewal review's must add up the same way (planned and in progress included, so the
 * columns sum to the total).
 */
export const SCORECARD_COLUMNS: readonly ScorecardColumn[] = [
  { key: 'fulfilled', label: 'commitments.status.fulfilled', tone: 'good' },
  { key: 'partiallyFulfilled', label: 'commitments.status.partially_fulfilled', tone: 'partial' },
  { key: 'missed', label: 'commitments.status.missed', tone: 'bad' },
  { key: 'waived', label: 'commitments.status.waived', tone: 'muted' },
  { key: 'overdue', label: 'commitments.status.overdue', tone: 'bad' },
  { key: 'inProgress', label: 'commitments.status.in_progress', tone: 'muted' },
  { key: 'planned', label: 'commitments.status.planned', tone: 'muted' },
];

export const TOTAL_COLUMN: ScorecardColumn = {
  key: 'total',
  label: 'commitments.scorecard.total',
  tone: 'muted',
};
