import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { z } from 'zod';

/**
 * A list's filters in the URL, read and written with the list's shared query schema: each
 * value is checked by its field's schema (a rejected one is dropped, the default stays),
 * and only what differs from the defaults is written, so links stay short.
 */
export function urlListQuery<T extends Record<string, unknown>>(
  shape: Record<string, z.ZodType>,
  defaults: T,
  keys: readonly (keyof T & string)[],
) {
  function parse(query: LocationQuery): T {
    const result: Record<string, unknown> = { ...defaults };
    for (const key of keys) {
      const raw = query[key];
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (value === undefined || value === null || value === '') continue;
      const parsed = shape[key]?.safeParse(value);
      if (parsed?.success) result[key] = parsed.data;
    }
    return result as T;
  }

  function toLocation(query: T): LocationQueryRaw {
    const result: LocationQueryRaw = {};
    for (const key of keys) {
      const value = query[key];
      if (value === undefined || value === '' || value === defaults[key]) continue;
      result[key] = String(value);
    }
    return result;
  }

  return { parse, toLocation };
}
