import { addDays, addMonths, latestDate } from './calendar.js';

describe('calendar arithmetic', () => {
  it('adds whole months, keeping the day', () => {
    expect(addMonths('2024-03-15', 60)).toBe('2029-03-15');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
  });

  it('goes back across a year boundary by days', () => {
    expect(addDays('2029-03-15', -90)).toBe('2028-12-15');
    expect(addDays('2025-01-10', -10)).toBe('2024-12-31');
  });

  it('finds the latest date, or null for none', () => {
    expect(latestDate(['2024-03-15', '2024-04-02', '2024-03-30'])).toBe('2024-04-02');
    expect(latestDate([])).toBeNull();
  });
});
