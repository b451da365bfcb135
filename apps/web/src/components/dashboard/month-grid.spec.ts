import { describe, expect, it } from 'vitest';
import { monthWeeks, shiftMonth } from './month-grid';

describe('monthWeeks', () => {
  it('starts the weeks on Monday and pads the first and last week', () => {
    // 1 October 2026 is a Thursday.
    const weeks = monthWeeks('2026-10');
    expect(weeks[0]).toEqual([
      null,
      null,
      null,
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
    ]);
    expect(weeks.at(-1)).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      null,
    ]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it('knows leap years', () => {
    expect(monthWeeks('2028-02').flat().filter(Boolean).at(-1)).toBe('2028-02-29');
  });
});

describe('shiftMonth', () => {
  it.each([
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-05', 0, '2026-05'],
  ])('%s moved by %i is %s', (month, offset, expected) => {
    expect(shiftMonth(month, offset)).toBe(expected);
  });
});
