import type { OccurrenceStatus } from './commitment.model.js';
import { isOverdue } from './occurrences.js';

export interface ScorecardCounts {
  planned: number;
  inProgress: number;
  fulfilled: number;
  partiallyFulfilled: number;
  missed: number;
  waived: number;
  /** Planned or in progress and due before today: counted here instead of there. */
  overdue: number;
  total: number;
}

/** One period's counts; the period is the year the occurrences fall due in (`2025`). */
export interface ScorecardPeriod extends ScorecardCounts {
  period: string;
}

export interface Scorecard {
  periods: ScorecardPeriod[];
  totals: ScorecardCounts;
}

export interface PartnerScorecard extends Scorecard {
  partner: string;
}

export interface ScoredOccurrence {
  dueOn: string;
  status: OccurrenceStatus;
}

const COUNTER: Record<OccurrenceStatus, keyof Omit<ScorecardCounts, 'overdue' | 'total'>> = {
  planned: 'planned',
  in_progress: 'inProgress',
  fulfilled: 'fulfilled',
  partially_fulfilled: 'partiallyFulfilled',
  missed: 'missed',
  waived: 'waived',
};

export function emptyCounts(): ScorecardCounts {
  return {
    planned: 0,
    inProgress: 0,
    fulfilled: 0,
    partiallyFulfilled: 0,
    missed: 0,
    waived: 0,
    overdue: 0,
    total: 0,
  };
}

function count(counts: ScorecardCounts, occurrence: ScoredOccurrence, today: string): void {
  counts[isOverdue(occurrence, today) ? 'overdue' : COUNTER[occurrence.status]] += 1;
  counts.total += 1;
}

/**
 * Counts occurrences by status per year, oldest year first. `today` (`YYYY-MM-DD`, from the
 * caller's clock) decides what is overdue, so the same occurrences score differently
 * tomorrow, as they should.
 */
export function scorecard(occurrences: readonly ScoredOccurrence[], today: string): Scorecard {
  const periods = new Map<string, ScorecardPeriod>();
  const totals = emptyCounts();
  for (const occurrence of occurrences) {
    const period = occurrence.dueOn.slice(0, 4);
    const row = periods.get(period) ?? { period, ...emptyCounts() };
    count(row, occurrence, today);
    periods.set(period, row);
    count(totals, occurrence, today);
  }
  return {
    periods: [...periods.values()].sort((a, b) => a.period.localeCompare(b.period)),
    totals,
  };
}

/**
 * One scorecard per partner, by name. A commitment both sides owe, or that we owe, counts
 * for every partner of its agreement: it is part of the relationship with each of them.
 */
export function partnerScorecards(
  occurrences: readonly (ScoredOccurrence & { partners: readonly string[] })[],
  today: string,
): PartnerScorecard[] {
  const byPartner = new Map<string, ScoredOccurrence[]>();
  for (const occurrence of occurrences) {
    for (const partner of occurrence.partners) {
      byPartner.set(partner, [...(byPartner.get(partner) ?? []), occurrence]);
    }
  }
  return [...byPartner.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([partner, rows]) => ({ partner, ...scorecard(rows, today) }));
}
