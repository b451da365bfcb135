import fc from 'fast-check';
import { commitmentScheduleSchema } from './commitment.model.js';
import type { CommitmentSchedule } from './commitment.model.js';
import { MAX_OCCURRENCES, occurrenceDates, rruleProblem } from './recurrence.js';

function recurring(rrule: string, startsOn: string, endsOn: string | null): CommitmentSchedule {
  return { kind: 'recurring', rrule, startsOn, endsOn };
}

describe('occurrenceDates', () => {
  it.each([
    {
      name: 'a single due date',
      schedule: { kind: 'once', dueOn: '2025-07-14' } as const,
      dates: ['2025-07-14'],
    },
    {
      name: 'each October during a three-year term',
      schedule: recurring('FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1', '2024-03-01', '2026-12-31'),
      dates: ['2024-10-01', '2025-10-01', '2026-10-01'],
    },
    {
      name: 'the RRULE: prefix is accepted',
      schedule: recurring('RRULE:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15', '2025-01-01', '2026-12-31'),
      dates: ['2025-06-15', '2026-06-15'],
    },
    {
      name: 'an end date on the day itself includes that day',
      schedule: recurring('FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1', '2025-01-01', '2026-10-01'),
      dates: ['2025-10-01', '2026-10-01'],
    },
    {
      name: 'the last day of each month, whatever its length (leap February included)',
      schedule: recurring('FREQ=MONTHLY;BYMONTHDAY=-1', '2024-01-01', '2024-04-30'),
      dates: ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30'],
    },
    {
      name: 'the 31st skips months without one (RFC 5545), it does not roll over',
      schedule: recurring('FREQ=MONTHLY;BYMONTHDAY=31', '2025-01-01', '2025-05-31'),
      dates: ['2025-01-31', '2025-03-31', '2025-05-31'],
    },
    {
      name: 'COUNT stops before the end',
      schedule: recurring('FREQ=YEARLY;COUNT=2', '2025-05-05', '2030-12-31'),
      dates: ['2025-05-05', '2026-05-05'],
    },
    {
      name: 'twice a year, in spring and autumn',
      schedule: recurring('FREQ=YEARLY;BYMONTH=4,9;BYMONTHDAY=1', '2025-01-01', '2025-12-31'),
      dates: ['2025-04-01', '2025-09-01'],
    },
  ])('$name', ({ schedule, dates }) => {
    expect(occurrenceDates(schedule)).toEqual(dates);
  });

  it('stops an open-ended recurrence at MAX_OCCURRENCES', () => {
    const dates = occurrenceDates(recurring('FREQ=YEARLY', '2025-01-01', null));
    expect(dates).toHaveLength(MAX_OCCURRENCES);
    expect(dates.at(-1)).toBe(`${2025 + MAX_OCCURRENCES - 1}-01-01`);
  });

  it('keeps every date within its bounds, in order, once each (any yearly or monthly rule)', () => {
    const day = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2035-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const rule = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
        .map(([month, dayOfMonth]) => `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${dayOfMonth}`),
      fc
        .integer({ min: -1, max: 28 })
        .filter((d) => d !== 0)
        .map((d) => `FREQ=MONTHLY;BYMONTHDAY=${d}`),
      fc.integer({ min: 1, max: 4 }).map((interval) => `FREQ=WEEKLY;INTERVAL=${interval}`),
    );
    fc.assert(
      fc.property(rule, day, day, (rrule, a, b) => {
        const [startsOn, endsOn] = a <= b ? [a, b] : [b, a];
        const dates = occurrenceDates(recurring(rrule, startsOn, endsOn));
        expect(dates.length).toBeLessThanOrEqual(MAX_OCCURRENCES);
        for (const date of dates) {
          expect(date >= startsOn && date <= endsOn).toBe(true);
        }
        expect([...new Set(dates)].sort()).toEqual(dates);
      }),
    );
  });
});

describe('rruleProblem', () => {
  it.each([
    ['FREQ=YEARLY;BYMONTH=10', null],
    ['FREQ=HOURLY', 'must repeat yearly, monthly, weekly or daily'],
    ['BYMONTH=10', 'needs a FREQ, e.g. FREQ=YEARLY'],
    [
      'FREQ=YEARLY;UNTIL=20300101T000000Z',
      'must not contain DTSTART or UNTIL (use startsOn and endsOn)',
    ],
    ['FREQ=SOMETIMES', 'is not a valid RRULE (RFC 5545), e.g. FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1'],
  ])('%s → %s', (rrule, problem) => {
    expect(rruleProblem(rrule)).toBe(problem);
  });

  it('is what the schedule schema reports, on the rrule field', () => {
    const result = commitmentScheduleSchema.safeParse({
      kind: 'recurring',
      rrule: 'FREQ=HOURLY',
      startsOn: '2025-01-01',
      endsOn: null,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rrule']);
  });
});

describe('rruleProblem on numbers rrule itself lets through', () => {
  it.each(['FREQ=YEARLY;BYMONTH=13', 'FREQ=YEARLY;BYMONTHDAY=abc', 'FREQ=MONTHLY;INTERVAL=0'])(
    '%s is invalid',
    (rrule) => {
      expect(rruleProblem(rrule)).toMatch(/is not a valid RRULE/);
    },
  );
});

describe('occurrence dates and the time zone of the machine', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])(
    'yields the same calendar dates in %s (a due date is a day, not an instant)',
    (zone) => {
      process.env.TZ = zone;
      expect(
        occurrenceDates(recurring('FREQ=MONTHLY;BYMONTHDAY=-1', '2024-12-01', '2025-03-31')),
      ).toEqual(['2024-12-31', '2025-01-31', '2025-02-28', '2025-03-31']);
    },
  );
});
