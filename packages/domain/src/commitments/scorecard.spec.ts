import { dayOf } from './occurrences.js';
import { partnerScorecards, scorecard } from './scorecard.js';

const TODAY = '2026-11-23';

describe('scorecard', () => {
  const occurrences = [
    { dueOn: '2025-03-01', status: 'fulfilled' },
    { dueOn: '2025-06-01', status: 'partially_fulfilled' },
    { dueOn: '2025-10-01', status: 'missed' },
    { dueOn: '2025-12-01', status: 'waived' },
    { dueOn: '2026-10-01', status: 'planned' },
    { dueOn: '2026-11-22', status: 'in_progress' },
    { dueOn: '2026-11-23', status: 'planned' },
    { dueOn: '2026-12-01', status: 'in_progress' },
  ] as const;

  it('counts each year by status, open occurrences due before today as overdue', () => {
    expect(scorecard(occurrences, TODAY)).toEqual({
      periods: [
        {
          period: '2025',
          planned: 0,
          inProgress: 0,
          fulfilled: 1,
          partiallyFulfilled: 1,
          missed: 1,
          waived: 1,
          overdue: 0,
          total: 4,
        },
        {
          period: '2026',
          planned: 1,
          inProgress: 1,
          fulfilled: 0,
          partiallyFulfilled: 0,
          missed: 0,
          waived: 0,
          overdue: 2,
          total: 4,
        },
      ],
      totals: {
        planned: 1,
        inProgress: 1,
        fulfilled: 1,
        partiallyFulfilled: 1,
        missed: 1,
        waived: 1,
        overdue: 2,
        total: 8,
      },
    });
  });

  it('moves an occurrence to overdue the day after it falls due, not on the day', () => {
    const due = [{ dueOn: '2026-11-23', status: 'planned' } as const];
    expect(scorecard(due, '2026-11-23').totals.overdue).toBe(0);
    expect(scorecard(due, '2026-11-24').totals.overdue).toBe(1);
  });

  it('is empty for no occurrences', () => {
    expect(scorecard([], TODAY).periods).toEqual([]);
    expect(scorecard([], TODAY).totals.total).toBe(0);
  });
});

describe('partnerScorecards', () => {
  it('scores each partner on the occurrences that concern it, by name', () => {
    const cards = partnerScorecards(
      [
        { dueOn: '2025-10-01', status: 'fulfilled', partners: ['FAVIJA', 'JTTA'] },
        { dueOn: '2025-11-01', status: 'missed', partners: ['JTTA'] },
      ],
      TODAY,
    );
    expect(cards.map((card) => [card.partner, card.totals.fulfilled, card.totals.missed])).toEqual([
      ['FAVIJA', 1, 0],
      ['JTTA', 1, 1],
    ]);
  });
});

describe('dayOf', () => {
  it('takes the UTC calendar day of an instant, whatever offset it was written with', () => {
    expect(dayOf('2026-11-23T23:30:00-05:00')).toBe('2026-11-24');
    expect(dayOf('2026-11-24T06:00:00+09:00')).toBe('2026-11-23');
  });
});
