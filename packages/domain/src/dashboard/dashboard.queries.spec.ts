import { dashboardCalendarQuerySchema, dueSoonRange, monthRange } from './dashboard.queries.js';

describe('dueSoonRange', () => {
  it.each([
    ['2026-11-23', '2026-12-23'],
    ['2026-02-01', '2026-03-03'],
    ['2028-12-15', '2029-01-14'],
  ])('from %s runs thirty days to %s', (today, dueTo) => {
    expect(dueSoonRange(today)).toEqual({ dueFrom: today, dueTo });
  });
});

describe('monthRange', () => {
  it.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-12', '2026-12-31'],
    ['2026-04', '2026-04-30'],
  ])('%s ends on %s', (month, to) => {
    expect(monthRange(month)).toEqual({ from: `${month}-01`, to });
  });
});

describe('dashboardCalendarQuerySchema', () => {
  it('refuses a month that is not YYYY-MM', () => {
    for (const month of ['2026-13', '2026-1', 'November']) {
      expect(dashboardCalendarQuerySchema.safeParse({ month }).success).toBe(false);
    }
    expect(dashboardCalendarQuerySchema.parse({ month: '2026-11' })).toEqual({ month: '2026-11' });
  });
});
