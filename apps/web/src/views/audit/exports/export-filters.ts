import { eventFilterSchema, type EventFilter } from '@concordat/domain';
import type { LocationQuery } from 'vue-router';

/**
 * The event filter the audit log put in the query string (`/audit/exports?agreementId=…`),
 * checked with the same schema as the api; what does not parse is left out, not guessed.
 */
export function filterFromQuery(query: LocationQuery): EventFilter {
  const picked: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(query)) {
    const values = (Array.isArray(value) ? value : [value]).filter(
      (item): item is string => typeof item === 'string' && item !== '',
    );
    if (values.length === 0) continue;
    picked[key] = key === 'type' ? values : (values[0] ?? '');
  }
  const parsed = eventFilterSchema.safeParse(picked);
  if (parsed.success) return parsed.data;
  // Keep the members that are valid on their own.
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(picked)) {
    const one = eventFilterSchema.safeParse({ [key]: value });
    if (one.success) Object.assign(kept, one.data);
  }
  return kept as EventFilter;
}

/** Sizes as people read them: 1.2 MB, 640 kB. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit] ?? 'B'}`;
}
