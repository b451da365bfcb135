import { listAgreementsQuerySchema, type ListAgreementsQuery } from '@concordat/domain';
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { urlListQuery } from './url-list-query';

export type ListQuery = ListAgreementsQuery;

const DEFAULTS: ListQuery = listAgreementsQuerySchema.parse({});
const KEYS = (Object.keys(listAgreementsQuerySchema.shape) as (keyof ListQuery)[]).filter(
  (key) => key !== 'format',
);

/** The filters (not sort or page) a link from the dashboard may set. */
const FILTERS = ['q', 'status', 'step', 'partner', 'country', 'expiresWithinDays'] as const;

const url = urlListQuery<ListQuery>(listAgreementsQuerySchema.shape, DEFAULTS, KEYS);
/** Reads the list's filters from the URL with the shared schema, dropping values it rejects. */
export const parseListQuery = url.parse;
/** Writes only what differs from the defaults, so URLs stay short and shareable. */
export const toLocationQuery = url.toLocation;

/** The agreements list's search, filters, sort and page, kept in the URL so reload and back work. */
export function useAgreementListQuery() {
  const route = useRoute();
  const router = useRouter();

  const query = computed(() => parseListQuery(route.query));
  const hasFilters = computed(() => FILTERS.some((key) => query.value[key] !== undefined));

  /** Changing a filter goes back to page 1; changing page or sort keeps the filters. */
  function update(
    patch: Partial<ListQuery>,
    options: { replace?: boolean } = {},
  ): Promise<unknown> {
    const resetsPage = !('page' in patch) && !('pageSize' in patch);
    const next = { ...query.value, ...patch, ...(resetsPage ? { page: 1 } : {}) };
    const location = { query: toLocationQuery(next) };
    return options.replace ? router.replace(location) : router.push(location);
  }

  function clearFilters(): Promise<unknown> {
    return update(Object.fromEntries(FILTERS.map((key) => [key, undefined])));
  }

  return { query, hasFilters, update, clearFilters, defaults: DEFAULTS };
}
