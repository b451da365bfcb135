import * as rruleModule from 'rrule';
import type { CommitmentSchedule } from './commitment.model.js';

type RRuleModule = typeof rruleModule;
/**
 * Node loads rrule's UMD build, whose exports sit on `default`; bundlers (the web) load its
 * ES build, whose exports are named. Either way we end up with the same module object.
 */
const rrule: RRuleModule =
  (rruleModule as unknown as { default?: RRuleModule }).default ?? rruleModule;

/**
 * How many occurrences an open-ended recurrence yields (no end date, no COUNT): enough to
 * plan a long agreement, bounded so an unknown term never means an endless list.
 */
export const MAX_OCCURRENCES = 20;

/** Frequencies that make sense for dates without a time of day. */
const DATE_FREQUENCIES = new Set([
  rrule.Frequency.YEARLY,
  rrule.Frequency.MONTHLY,
  rrule.Frequency.WEEKLY,
  rrule.Frequency.DAILY,
]);

const INVALID = 'is not a valid RRULE (RFC 5545), e.g. FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1';

/** The numeric parts we check, with their RFC 5545 ranges (zero is never valid). */
const NUMBER_RANGES = {
  interval: [1, 1000],
  count: [1, 1000],
  bymonth: [1, 12],
  bymonthday: [-31, 31],
  byyearday: [-366, 366],
  byweekno: [-53, 53],
  bysetpos: [-366, 366],
} as const;

/**
 * Why an RRULE string cannot schedule a commitment, or null when it can. The rule's start
 * and end come from the schedule's own dates, so DTSTART and UNTIL inside it are refused:
 * two sources for one date would disagree sooner or later.
 */
export function rruleProblem(text: string): string | null {
  const body = text.replace(/^RRULE:/i, '');
  if (/DTSTART|UNTIL/i.test(body))
    return 'must not contain DTSTART or UNTIL (use startsOn and endsOn)';
  let options: ReturnType<typeof rrule.RRule.parseString>;
  try {
    options = rrule.RRule.parseString(body);
  } catch {
    return INVALID;
  }
  if (options.freq === undefined) {
    return /FREQ=/i.test(body) ? INVALID : 'needs a FREQ, e.g. FREQ=YEARLY';
  }
  // rrule's parser keeps what it cannot read as strings ("BYMONTH=abc"): check the numbers.
  for (const [key, [min, max]] of Object.entries(NUMBER_RANGES)) {
    const value: unknown = options[key as keyof typeof options];
    const values: unknown[] = Array.isArray(value) ? value : value == null ? [] : [value];
    if (
      values.some(
        (n) => typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max || n === 0,
      )
    )
      return INVALID;
  }
  if (!DATE_FREQUENCIES.has(options.freq)) return 'must repeat yearly, monthly, weekly or daily';
  return null;
}

/**
 * The due dates of a schedule, oldest first, as `YYYY-MM-DD`. Dates are calendar dates in
 * UTC: a commitment is due on a day, not at an instant, so no time zone can move it to the
 * day before. A recurrence runs from `startsOn` to `endsOn` (inclusive) and stops at
 * MAX_OCCURRENCES when it has no end.
 */
export function occurrenceDates(schedule: CommitmentSchedule, limit = MAX_OCCURRENCES): string[] {
  if (schedule.kind === 'once') return [schedule.dueOn];
  if (rruleProblem(schedule.rrule) !== null) return [];
  const options = rrule.RRule.parseString(schedule.rrule.replace(/^RRULE:/i, ''));
  const rule = new rrule.RRule({
    ...options,
    dtstart: utcDay(schedule.startsOn),
    until: schedule.endsOn === null ? null : utcDay(schedule.endsOn),
  });
  return rule.all((_, index) => index < limit).map(isoDay);
}

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
