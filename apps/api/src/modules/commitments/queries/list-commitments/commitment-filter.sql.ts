import {
  type CommitmentSortField,
  type ListCommitmentsQuery,
  OCCURRENCE_STATUSES,
} from '@concordat/domain';
import { foldForSearch, likePattern } from '../../../agreements/projections/search-text.js';
import { OPEN_STATUSES_SQL } from '../commitment-rows.js';

/** The occurrences with their commitment, agreement and owner: what the filters read. */
export const OCCURRENCE_FROM = `FROM commitment_occurrences o
  JOIN commitments c ON c.id = o.commitment_id
  JOIN agreements a ON a.id = c.agreement_id
  JOIN users u ON u.id = c.owner_id`;

export interface SqlFragment {
  where: string;
  params: unknown[];
}

/** The list's filters without paging, sorting and format: what the dashboard counts by. */
export type CommitmentFilters = Omit<
  ListCommitmentsQuery,
  'sort' | 'order' | 'page' | 'pageSize' | 'format'
>;

/** WHERE for the list filters; every value (today included) a bind parameter. */
export function commitmentFilter(query: CommitmentFilters, today: string): SqlFragment {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (!query.includeCancelled) conditions.push(`c.status = 'open'`);
  if (query.agreement) conditions.push(`c.agreement_id = ${bind(query.agreement)}`);
  const partner = query.partner?.trim();
  if (partner) {
    const pattern = bind(likePattern(foldForSearch(partner)));
    // The owing partner's name is stored as written; concordat_fold (migration
    // 1764110000000) folds it in SQL exactly as foldForSearch folds the query, so "Hiep hoi"
    // finds "Hiệp hội" as the agreements' folded partner_names do.
    conditions.push(
      `(CASE WHEN c.owed_by = 'partner'
         THEN concordat_fold(c.partner) LIKE ${pattern}
         ELSE a.partner_names LIKE ${pattern} END)`,
    );
  }
  if (query.country) conditions.push(`${bind(query.country)} = ANY (a.countries)`);
  if (query.kind) conditions.push(`c.kind = ${bind(query.kind)}`);
  if (query.owner) conditions.push(`c.owner_id = ${bind(query.owner)}`);
  if (query.status) conditions.push(`o.status = ${bind(query.status)}`);
  if (query.overdue !== undefined) {
    const overdue = `(o.status IN ${OPEN_STATUSES_SQL} AND o.due_on < ${bind(today)}::date)`;
    conditions.push(query.overdue ? overdue : `NOT ${overdue}`);
  }
  if (query.open !== undefined) {
    conditions.push(`${query.open ? '' : 'NOT '}o.status IN ${OPEN_STATUSES_SQL}`);
  }
  if (query.dueFrom) conditions.push(`o.due_on >= ${bind(query.dueFrom)}::date`);
  if (query.dueTo) conditions.push(`o.due_on <= ${bind(query.dueTo)}::date`);
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** ORDER BY a sort field; the commitment id and period break ties so pages never overlap. */
export function commitmentOrder(sort: CommitmentSortField, order: 'asc' | 'desc'): string {
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  const statuses = OCCURRENCE_STATUSES.map((status) => `'${status}'`).join(', ');
  const column: Record<CommitmentSortField, string> = {
    dueOn: 'o.due_on',
    title: 'c.title_sort',
    status: `array_position(ARRAY[${statuses}]::text[], o.status)`,
    kind: 'c.kind',
    partner: `coalesce(concordat_fold(c.partner), a.partner_names)`,
  };
  return `ORDER BY ${column[sort]} ${direction}, o.due_on ${direction}, c.id ${direction}, o.period_key ${direction}`;
}
