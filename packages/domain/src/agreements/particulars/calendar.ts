/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone moves a day.
 * Pure functions of their arguments: the domain never reads a clock.
 */

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new Error(`Not an ISO date: ${date}`);
  }
  return [year, month, day];
}

function format(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/**
 * `date` plus `months` calendar months; a day the target month lacks becomes its last day
 * (31 January + 1 month = 28 or 29 February), as terms are counted in contracts.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(day, lastDay));
  return format(firstOfTarget);
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return format(new Date(Date.UTC(year, month - 1, day + days)));
}

/** The latest of some ISO dates (they compare correctly as strings). */
export function latestDate(dates: readonly string[]): string | null {
  return dates.reduce<string | null>(
    (latest, date) => (latest === null || date > latest ? date : latest),
    null,
  );
}
