import type { DashboardBucket } from '@concordat/domain';
import type { DataSource } from 'typeorm';
import {
  type CommitmentFilters,
  commitmentFilter,
  OCCURRENCE_FROM as FROM,
} from '../../../commitments/queries/list-commitments/commitment-filter.sql.js';

/**
 * The partner an occurrence counts under, as the list's partner filter matches it: the
 * one partner who owes it, or each partner of the agreement when we (or both) owe it.
 */
const PARTNERS = `CROSS JOIN LATERAL (
    SELECT c.partner AS name WHERE c.owed_by = 'partner' AND c.partner IS NOT NULL
    UNION
    SELECT p->>'name' FROM jsonb_array_elements(a.partners) p
     WHERE c.owed_by <> 'partner'
  ) pn`;

export type Dimension = 'partner' | 'country' | 'kind' | 'owner';

const GROUPS: Record<Dimension, { join: string; key: string; label: string }> = {
  partner: { join: PARTNERS, key: 'pn.name', label: 'pn.name' },
  country: {
    join: 'CROSS JOIN LATERAL unnest(a.countries) AS cn(code)',
    key: 'cn.code',
    label: 'cn.code',
  },
  kind: { join: '', key: 'c.kind', label: 'c.kind' },
  owner: { join: '', key: 'c.owner_id::text', label: 'min(u.name)' },
};

interface CountRow {
  key: string;
  label: string;
  count: number;
}

/**
 * Occurrence counts under exactly the WHERE the commitments list builds for the same
 * filters, so a number and the list it links to cannot disagree.
 */
export class CommitmentCounts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today: string,
  ) {}

  async total(filters: CommitmentFilters): Promise<number> {
    const { where, params } = commitmentFilter(filters, this.today);
    const rows = await this.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count ${FROM} ${where}`,
      params,
    );
    return rows[0]?.count ?? 0;
  }

  async by(dimension: Dimension, filters: CommitmentFilters): Promise<CountRow[]> {
    const { where, params } = commitmentFilter(filters, this.today);
    const group = GROUPS[dimension];
    return this.dataSource.query<CountRow[]>(
      `SELECT ${group.key} AS key, ${group.label} AS label, count(*)::int AS count
         ${FROM} ${group.join} ${where}
        GROUP BY ${group.key}`,
      params,
    );
  }
}

/** Due-soon and overdue counts of one dimension merged into buckets, largest first. */
export function buckets(dueSoon: CountRow[], overdue: CountRow[]): DashboardBucket[] {
  const merged = new Map<string, DashboardBucket>();
  const entry = (row: CountRow): DashboardBucket => {
    const found = merged.get(row.key) ?? { key: row.key, label: row.label, dueSoon: 0, overdue: 0 };
    merged.set(row.key, found);
    return found;
  };
  for (const row of dueSoon) entry(row).dueSoon = row.count;
  for (const row of overdue) entry(row).overdue = row.count;
  return [...merged.values()].sort(
    (a, b) => b.overdue + b.dueSoon - (a.overdue + a.dueSoon) || a.label.localeCompare(b.label),
  );
}
