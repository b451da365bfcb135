import type { EventFilter } from '../audit/event-filter.schema.js';

/**
 * What an export can prove about completeness (manifest `scope`):
 * - `streams`: the filter is exactly one agreement: its stream and its commitments' streams,
 *   every version, so each chain runs from version 1 to its head;
 * - `log`: no filter or only a time range: every event in a contiguous range of positions,
 *   so the global chain runs unbroken from line to line;
 * - `selection`: anything else: each line verifies, completeness cannot be shown.
 */
export type ExportScope = 'log' | 'streams' | 'selection';

export function exportScope(filter: EventFilter): ExportScope {
  const keys = Object.entries(filter)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
  if (keys.length === 1 && keys[0] === 'agreementId') return 'streams';
  if (keys.every((key) => key === 'from' || key === 'to')) return 'log';
  return 'selection';
}
