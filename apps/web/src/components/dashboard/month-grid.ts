/** The weeks (Monday first) that show a `YYYY-MM` month, as `YYYY-MM-DD` days or null padding. */
export function monthWeeks(month: string): Array<Array<string | null>> {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const first = new Date(Date.UTC(year, monthNumber - 1, 1));
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: Array<string | null> = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** The month `offset` months from a `YYYY-MM` month. */
export function shiftMonth(month: string, offset: number): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const moved = new Date(Date.UTC(year, monthNumber - 1 + offset, 1));
  return moved.toISOString().slice(0, 7);
}
