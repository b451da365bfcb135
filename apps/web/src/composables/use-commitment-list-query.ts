import { listCommitmentsQuerySchema, type ListCommitmentsQuery } from '@concordat/domain';
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { urlListQuery } from './url-list-query';

export type CommitmentListQuery = ListCommitmentsQuery;

const SHAPE = listCommitmentsQuerySchema.shape;
const DEFAULTS: CommitmentListQuery = listCommitmentsQuerySchema.parse({});
const KEYS = (Object.keys(SHAPE) as (keyof CommitmentListQuery)[]).filter(
  (key) => key !== 'format',
);

const url = urlListQuery<CommitmentListQuery>(SHAPE, DEFAULTS, KEYS);
export const parseCommitmentListQuery = url.parse;
export const commitmentListLocation = url.toLocation;

const FILTERS = [
  'partner',
  'country',
  'kind',
  'status',
  'overdue',
  'open',
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
