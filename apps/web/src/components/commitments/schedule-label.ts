import type { CommitmentSchedule } from '@concordat/domain';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * A schedule in words: the presets the dialog offers read as "Every year on 15 September";
 * any other RRULE is shown as written. The day and month are formatted in UTC, as dates
 * without a time zone.
 */
export function scheduleLabel(
  schedule: CommitmentSchedule,
  t: Translate,
  intl: string,
  formatDate: (date: string) => string,
): string {
  if (schedule.kind === 'once')
    return t('commitments.panel.once', { date: formatDate(schedule.dueOn) });
  const until = schedule.endsOn
    ? ` (${t('commitments.panel.until', { date: formatDate(schedule.endsOn) })})`
    : '';
  const yearly = /^FREQ=YEARLY;BYMONTH=(\d{1,2});BYMONTHDAY=(\d{1,2})$/.exec(schedule.rrule);
  if (yearly) {
    const date = new Intl.DateTimeFormat(intl, {
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2024, Number(yearly[1]) - 1, Number(yearly[2]))));
    return t('commitments.panel.everyYear', { date }) + until;
  }
  const quarterly = /^FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=(-?\d{1,2})$/.exec(schedule.rrule);
  if (quarterly) return t('commitments.panel.everyQuarter', { day: quarterly[1] }) + until;
  const monthly = /^FREQ=MONTHLY;BYMONTHDAY=(-?\d{1,2})$/.exec(schedule.rrule);
  if (monthly) return t('commitments.panel.everyMonth', { day: monthly[1] }) + until;
  return t('commitments.panel.recurring', { rule: schedule.rrule }) + until;
}
