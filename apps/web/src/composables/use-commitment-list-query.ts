import { listCommitmentsQuerySchema, type ListCommitmentsQuery } from '@concordat/domain';
import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';

export type CommitmentListQuery = ListCommitmentsQuery;

const SHAPE = listCommitmentsQuerySchema.shape;
const DEFAULTS: CommitmentListQuery = listCommitmentsQuerySchema.parse({});
const KEYS = (Object.keys(SHAPE) as (keyof CommitmentListQuery)[]).filter(
  (key) => key !== 'format',
);

/** The filters from the URL, each checked by the shared schema; a rejected value is dropped. */
export function parseCommitmentListQuery(query: LocationQuery): CommitmentListQuery {
  const result: Record<string, unknown> = { ...DEFAULTS };
  for (const key of KEYS) {
    const raw = query[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === null || value === '') continue;
    const parsed = SHAPE[key].safeParse(value);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as CommitmentListQuery;
}

/** Only what differs from the defaults goes into the URL, so links stay short. */
export function commitmentListLocation(query: CommitmentListQuery): LocationQueryRaw {
  const result: LocationQueryRaw = {};
  for (const key of KEYS) {
    const value = query[key];
    if (value === undefined || value === '' || value === DEFAULTS[key]) continue;
    result[key] = String(value);
  }
  return result;
}

const FILTERS = [
  'partner',
  'country',
  'kind',
  'status',
  'overdue',
  'owner',
  'dueFrom',
  'dueTo',
  'agreement',
] as const;

/** The commitments list's filters, sort and page, kept in the URL so reload and back work. */
export function useCommitmentListQuery() {
  const route = useRoute();
  const router = useRouter();
  const query = computed(() => parseCommitmentListQuery(route.query));
  const hasFilters = computed(() => FILTERS.some((key) => query.value[key] !== undefined));

  /** A new filter goes back to page 1; paging and sorting keep the filters. */
  function update(patch: Partial<CommitmentListQuery>): Promise<unknown> {
    const resetsPage = !('page' in patch) && !('pageSize' in patch);
    const next = { ...query.value, ...patch, ...(resetsPage ? { page: 1 } : {}) };
    return router.push({ query: commitmentListLocation(next) });
  }

  function clearFilters(): Promise<unknown> {
    return update(Object.fromEntries(FILTERS.map((key) => [key, undefined])));
  }

  return { query, hasFilters, update, clearFilters };
}
