import { z } from 'zod';
import { countryCodeSchema } from '../agreements/agreement.schemas.js';
import { addDays } from '../agreements/particulars/calendar.js';
import { COMMITMENT_KINDS } from '../commitments/commitment.model.js';

/** "Due soon" on the dashboard: open occurrences due today or within this many days. */
export const DUE_SOON_DAYS = 30;

/** The windows the dashboard counts expiring agreements in, in days from today. */
export const EXPIRY_WINDOWS = [30, 90, 180] as const;
export type ExpiryWindow = (typeof EXPIRY_WINDOWS)[number];

const dashboardFilterShape = {
  partner: z.string().max(300).optional(),
  country: countryCodeSchema.optional(),
  kind: z.enum(COMMITMENT_KINDS).optional(),
  owner: z.guid({ message: 'must be a UUID' }).optional(),
};

/**
 * `GET /api/dashboard`: the same filters the lists take, so every number links to the
 * list with these filters plus its own. Kind and owner narrow commitments only.
 */
export const dashboardQuerySchema = z.strictObject(dashboardFilterShape);
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** `GET /api/dashboard/calendar`: one month (`YYYY-MM`) with the dashboard's filters. */
export const dashboardCalendarQuerySchema = z.strictObject({
  ...dashboardFilterShape,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month as YYYY-MM' }),
});
export type DashboardCalendarQuery = z.infer<typeof dashboardCalendarQuerySchema>;

/** The due-date range of "due soon" for a day: the list's `dueFrom`/`dueTo`. */
export function dueSoonRange(today: string): { dueFrom: string; dueTo: string } {
  return { dueFrom: today, dueTo: addDays(today, DUE_SOON_DAYS) };
}

/** The first and last day of a `YYYY-MM` month. */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from, to: `${month}-${String(last).padStart(2, '0')}` };
}
