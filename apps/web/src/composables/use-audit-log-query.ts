import { type EventFilter, eventFilterShape } from '@concordat/domain';
import { computed } from 'vue';
import { type LocationQuery, type LocationQueryRaw, useRoute, useRouter } from 'vue-router';

/** The audit log's filters as the URL keeps them: the shared event filter, plus the order. */
export interface AuditLogQuery extends Omit<EventFilter, 'type'> {
  type: string[];
  order: 'desc' | 'asc';
}

const SINGLE = ['agreementId', 'partner', 'actorId', 'from', 'to', 'q'] as const;

/**
 * Reads the filters from the URL with the shared filter schema, field by field (a value the
 * schema rejects is dropped), so a hand-edited link never sends the api a bad filter. The
 * URL holds exactly what `GET /api/audit/events` takes (instants for from/to), so the same
 * query string opens the exports page with the same filter.
 */
export function parseAuditLogQuery(query: LocationQuery): AuditLogQuery {
  const result: AuditLogQuery = { type: [], order: query.order === 'asc' ? 'asc' : 'desc' };
  for (const key of SINGLE) {
    const raw = query[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value !== 'string' || value === '') continue;
    const parsed = eventFilterShape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) result[key] = parsed.data;
  }
  const types = ([] as unknown[]).concat(query.type ?? []);
  for (const type of types) {
    const parsed = eventFilterShape.type.safeParse(type);
    if (parsed.success && parsed.data) result.type.push(...parsed.data);
  }
  return result;
}

export function auditLogLocation(query: AuditLogQuery): LocationQueryRaw {
  const result: LocationQueryRaw = {};
  for (const key of SINGLE) {
    const value = query[key];
    if (value !== undefined && value !== '') result[key] = value;
  }
  if (query.type.length > 0) result.type = [...query.type];
  if (query.order !== 'desc') result.order = query.order;
  return result;
}

const FILTERS = [...SINGLE, 'type'] as const;

export function useAuditLogQuery() {
  const route = useRoute();
  const router = useRouter();
  const query = computed(() => parseAuditLogQuery(route.query));
  const hasFilters = computed(() =>
    FILTERS.some((key) => (key === 'type' ? query.value.type.length > 0 : query.value[key])),
  );

  function update(patch: Partial<AuditLogQuery>): Promise<unknown> {
    return router.push({ query: auditLogLocation({ ...query.value, ...patch }) });
  }

  function clearFilters(): Promise<unknown> {
    return router.push({ query: auditLogLocation({ type: [], order: query.value.order }) });
  }

  return { query, hasFilters, update, clearFilters };
}
