import { describe, expect, it } from 'vitest';
import { emptyForm, presetRrule, previewDates, toInput, validate } from './commitment-form';

const TERM = { startsOn: '2024-03-15', endsOn: '2027-03-14' };

describe('the commitment form', () => {
  it.each([
    [{ preset: 'yearly', month: 10, day: 1 }, 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1'],
    [{ preset: 'quarterly', month: 1, day: 15 }, 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15'],
    [{ preset: 'monthly', month: 1, day: -1 }, 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    [{ preset: 'once', month: 1, day: 1 }, null],
  ] as const)('turns the preset %o into %s', (preset, rrule) => {
    expect(presetRrule({ ...preset, rrule: '' })).toBe(rrule);
  });

  it('previews the next dates within the agreement term when no bounds are given', () => {
    const form = { ...emptyForm('u-1'), month: 10, day: 1 };
    expect(previewDates(form, TERM)).toEqual(['2024-10-01', '2025-10-01', '2026-10-01']);
  });

  it('previews nothing for an invalid custom rule, and the due date for a single one', () => {
    expect(
      previewDates({ ...emptyForm('u-1'), preset: 'custom', rrule: 'FREQ=HOURLY' }, TERM),
    ).toEqual([]);
    expect(
      previewDates({ ...emptyForm('u-1'), preset: 'once', dueOn: '2025-07-01' }, TERM),
    ).toEqual(['2025-07-01']);
  });

  it('sends only the filled titles, no partner unless a partner owes it, and open bounds as null', () => {
    const form = {
      ...emptyForm('u-1'),
      title: { en: '', vi: 'Trao đổi đoàn', ru: '', ja: '代表団の交流' },
      partner: 'FAVIJA',
      quantityAmount: 20,
      quantityUnit: ' athletes ',
    };
    expect(toInput(form)).toMatchObject({
      title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
      partner: null,
      quantity: { amount: 20, unit: 'athletes' },
      schedule: { kind: 'recurring', startsOn: null, endsOn: null },
    });
  });

  it('reports the fields the shared schema refuses', () => {
    const errors = validate({ ...emptyForm('u-1'), preset: 'custom', rrule: 'FREQ=HOURLY' });
    expect(Object.keys(errors).sort()).toEqual(['schedule.rrule', 'title']);
  });
});
