import {
  type DashboardBucket,
  type DashboardQuery,
  dashboardQuerySchema,
  type ListAgreementsQuery,
  type ListCommitmentsQuery,
} from '@concordat/domain';
import { computed } from 'vue';
import { type RouteLocationRaw, useRoute, useRouter } from 'vue-router';
import { commitmentListLocation, parseCommitmentListQuery } from './use-commitment-list-query';
import { parseListQuery, toLocationQuery } from './use-agreement-list-query';

export type Dimension = 'partner' | 'country' | 'kind' | 'owner';

const FILTER_KEYS = ['partner', 'country', 'kind', 'owner'] as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The dashboard's filters and calendar month, kept in the URL. */
export function useDashboardQuery(today: () => string) {
  const route = useRoute();
  const router = useRouter();

  const filters = computed<DashboardQuery>(() => {
    const result: DashboardQuery = {};
    for (const key of FILTER_KEYS) {
      const raw = route.query[key];
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (!value) continue;
      const parsed = dashboardQuerySchema.shape[key].safeParse(value);
      if (parsed.success && parsed.data !== undefined)
        Object.assign(result, { [key]: parsed.data });
    }
    return result;
  });
  const month = computed(() => {
    const raw = route.query.month;
    const value = Array.isArray(raw) ? raw[0] : raw;
    return typeof value === 'string' && MONTH.test(value) ? value : today().slice(0, 7);
  });
  const hasFilters = computed(() => Object.keys(filters.value).length > 0);

  function update(patch: Partial<DashboardQuery> & { month?: string }): Promise<unknown> {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...filters.value, month: month.value, ...patch })) {
      if (value !== undefined && value !== '') next[key] = value;
    }
    if (next.month === today().slice(0, 7)) delete next.month;
    return router.push({ query: next });
  }

  function clearFilters(): Promise<unknown> {
    return update({ partner: undefined, country: undefined, kind: undefined, owner: undefined });
  }

  return { filters, month, hasFilters, update, clearFilters };
}

/** The commitments list behind a commitment count, with the dashboard's filters. */
export function commitmentsLink(
  filters: DashboardQuery,
  patch: Partial<ListCommitmentsQuery>,
): RouteLocationRaw {
  const query = { ...parseCommitmentListQuery({}), ...filters, ...patch };
  return { name: 'commitments', query: commitmentListLocation(query) };
}

/** The agreements list behind an agreement count: partner and country carry over. */
export function agreementsLink(
  filters: DashboardQuery,
  patch: Partial<ListAgreementsQuery>,
): RouteLocationRaw {
  const base = { ...parseListQuery({}), partner: filters.partner, country: filters.country };
  return { name: 'agreements', query: toLocationQuery({ ...base, ...patch }) };
}

/** The list of due-soon or overdue occurrences in one bucket of a dimension. */
export function bucketLink(
  filters: DashboardQuery,
  dimension: Dimension,
  bucket: DashboardBucket,
  which: 'dueSoon' | 'overdue',
  range: { dueFrom: string; dueTo: string },
): RouteLocationRaw {
  const narrowed = { ...filters, [dimension]: bucket.key };
  return which === 'overdue'
    ? commitmentsLink(narrowed, { overdue: true })
    : commitmentsLink(narrowed, { open: true, ...range });
}
