import {
  AGREEMENT_STATUSES,
  type AgreementSortField,
  type ListAgreementsQuery,
} from '@concordat/domain';
import { foldForSearch, likePattern } from '../../projections/search-text.js';
import { SHOWN_STATUS } from '../agreement-row.js';

export interface SqlFragment {
  where: string;
  params: unknown[];
}

/**
 * Expiring within `days`: in force or in review (as the list shows it) and ending between
 * today and today + `days`, both included. The dashboard counts with this very rule.
 */
export function expiringWithin(today: string, days: string): string {
  return `(${SHOWN_STATUS} IN ('active', 'review')
    AND a.ends_on BETWEEN ${today}::date AND ${today}::date + ${days}::int)`;
}

export type AgreementFilters = Pick<
  ListAgreementsQuery,
  'q' | 'status' | 'step' | 'partner' | 'country' | 'expiresWithinDays'
>;

/** WHERE clause for the list filters; every value (today included) is a bind parameter. */
export function agreementFilter(query: AgreementFilters, today: string): SqlFragment {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const q = query.q?.trim();
  if (q) conditions.push(`a.search_text LIKE ${bind(likePattern(foldForSearch(q)))}`);
  if (query.status) conditions.push(`${SHOWN_STATUS} = ${bind(query.status)}`);
  if (query.step) conditions.push(`a.step = ${bind(query.step)}`);
  if (query.expiresWithinDays !== undefined) {
    conditions.push(expiringWithin(bind(today), bind(query.expiresWithinDays)));
  }
  const partner = query.partner?.trim();
  if (partner) conditions.push(`a.partner_names LIKE ${bind(likePattern(foldForSearch(partner)))}`);
  if (query.country) conditions.push(`${bind(query.country)} = ANY (a.countries)`);
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/**
 * ORDER BY for a sort field. Status sorts in lifecycle order (draft before active), not
 * alphabetically; the id breaks ties so pages never overlap.
 */
export function agreementOrder(sort: AgreementSortField, order: 'asc' | 'desc'): string {
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  const lifecycle = AGREEMENT_STATUSES.map((status) => `'${status}'`).join(', ');
  const column: Record<AgreementSortField, string> = {
    updatedAt: 'a.updated_at',
    createdAt: 'a.created_at',
    title: 'a.title_sort',
    status: `array_position(ARRAY[${lifecycle}]::text[], ${SHOWN_STATUS})`,
  };
  return `ORDER BY ${column[sort]} ${direction}, a.id ${direction}`;
}
