import type { EventFilter } from '../audit/event-filter.schema.js';
import { createExportSchema } from './export.schemas.js';
import { exportScope, type ExportScope } from './export-scope.js';

const AGREEMENT = '0b6f3c1e-58a4-4c1e-9d7e-2f6c0a9b1d42';

describe('exportScope: what an export can prove complete', () => {
  const cases: Array<[string, EventFilter, ExportScope]> = [
    ['no filter: the whole log', {}, 'log'],
    ['a time range: a contiguous range of positions', { from: '2026-01-01T00:00:00Z' }, 'log'],
    ['both ends', { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' }, 'log'],
    ['exactly one agreement: its streams', { agreementId: AGREEMENT }, 'streams'],
    ['an agreement and a type', { agreementId: AGREEMENT, type: ['DraftApproved'] }, 'selection'],
    [
      'an agreement in a period',
      { agreementId: AGREEMENT, from: '2026-01-01T00:00:00Z' },
      'selection',
    ],
    ['a partner', { partner: 'FAVIJA' }, 'selection'],
    ['written text', { q: 'đồng ý' }, 'selection'],
  ];
  it.each(cases)('%s', (_, filter, scope) => {
    expect(exportScope(filter)).toBe(scope);
  });
});

describe('createExportSchema', () => {
  it('defaults the filter to the whole log and names a bad format', () => {
    expect(createExportSchema.parse({ format: 'jsonl' })).toEqual({ format: 'jsonl', filters: {} });
    const bad = createExportSchema.safeParse({ format: 'pdf', filters: { agreementId: 'x' } });
    expect(bad.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'filters.agreementId',
      'format',
    ]);
  });
});
