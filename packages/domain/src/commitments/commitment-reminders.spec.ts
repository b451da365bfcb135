import type { OccurrenceStatus } from './commitment.model.js';
import { dueSoonHorizon, dueSoonThreshold, ownerCanAct } from './commitment-reminders.js';

const today = '2026-01-31';

describe('dueSoonThreshold', () => {
  it.each([
    ['2026-03-03', null], // 31 days ahead: not yet
    ['2026-03-02', 30], // exactly 30 days (across the end of February)
    ['2026-02-08', 30], // 8 days: still the 30-day window
    ['2026-02-07', 7],
    ['2026-02-02', 7],
    ['2026-02-01', 1], // tomorrow
    ['2026-01-31', 1], // due today
    ['2026-01-30', null], // overdue: the digest's, not a due-soon reminder
  ])('an open occurrence due on %s is in the %s-day window', (dueOn, expected) => {
    expect(dueSoonThreshold({ status: 'planned', dueOn }, today)).toBe(expected);
    expect(dueSoonThreshold({ status: 'in_progress', dueOn }, today)).toBe(expected);
  });

  it.each<OccurrenceStatus>(['fulfilled', 'partially_fulfilled', 'missed', 'waived'])(
    'a %s occurrence reminds nobody',
    (status) => {
      expect(dueSoonThreshold({ status, dueOn: '2026-02-01' }, today)).toBeNull();
    },
  );

  it('looks no further than the largest threshold', () => {
    expect(dueSoonHorizon(today)).toBe('2026-03-02');
  });
});

describe('ownerCanAct', () => {
  it('holds for managers and admins, not for other roles or the system user', () => {
    expect(ownerCanAct({ role: 'manager', isSystem: false })).toBe(true);
    expect(ownerCanAct({ role: 'admin', isSystem: false })).toBe(true);
    expect(ownerCanAct({ role: 'auditor', isSystem: false })).toBe(false);
    expect(ownerCanAct({ role: 'official', isSystem: false })).toBe(false);
    expect(ownerCanAct({ role: 'admin', isSystem: true })).toBe(false);
  });
});
