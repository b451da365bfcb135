import { z } from 'zod';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';

/** A point in an agreement's past: after its n-th event, or at an instant. */
export type AsOf = { version: number } | { time: string };

const dateTime = z.iso.datetime({ offset: true });

/**
 * `?asOf=`: a stream version (a whole number from 1) or an ISO 8601 date-time with a zone
 * (`2026-03-01T00:00:00Z`, `2026-03-01T07:00:00+07:00`). Anything else is a 400 naming
 * the parameter; absent means "now".
 */
export function parseAsOf(value: unknown): AsOf | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^\d{1,9}$/.test(value) && Number(value) >= 1) {
    return { version: Number(value) };
  }
  if (dateTime.safeParse(value).success) {
    return { time: new Date(value as string).toISOString() };
  }
  throw new ApiError(ApiErrorCode.ValidationFailed, 'The request has invalid fields.', [
    {
      field: 'asOf',
      message: 'must be a version number (1 or more) or an ISO 8601 date-time with a time zone',
    },
  ]);
}
