import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/i18n';
import { scheduleLabel } from './schedule-label';

describe('scheduleLabel', () => {
  const i18n = createAppI18n('en');
  const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {});
  const same = (date: string) => date;

  it.each([
    [{ kind: 'once', dueOn: '2025-11-30' }, 'Once, due 2025-11-30'],
    [
      {
        kind: 'recurring',
        rrule: 'FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=15',
        startsOn: '2024-03-15',
        endsOn: '2029-03-14',
      },
      'Every year on September 15 (until 2029-03-14)',
    ],
    [
      {
        kind: 'recurring',
        rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1',
        startsOn: '2024-01-01',
        endsOn: null,
      },
      'Every month on day -1',
    ],
    [
      {
        kind: 'recurring',
        rrule: 'FREQ=YEARLY;BYMONTH=5,10;BYMONTHDAY=20',
        startsOn: '2025-12-18',
        endsOn: null,
      },
      'Repeats: FREQ=YEARLY;BYMONTH=5,10;BYMONTHDAY=20',
    ],
  ] as const)('%o reads "%s"', (schedule, label) => {
    expect(scheduleLabel(schedule, t, 'en-US', same)).toBe(label);
  });
});
