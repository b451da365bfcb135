import type { AuditActorView, AuditEventsPage, SearchEventsParams } from '@concordat/domain';
import { httpClient } from './client';

export type AuditSearchParams = Partial<Omit<SearchEventsParams, 'format'>>;

/** One page of the audit log; pass the page's `nextCursor` back as `cursor` for the next. */
export function searchAuditEventsApi(params: AuditSearchParams): Promise<AuditEventsPage> {
  return httpClient.get<AuditEventsPage>('/api/audit/events', {
    query: {
      agreementId: params.agreementId,
      partner: params.partner,
      actorId: params.actorId,
      type: params.type,
      from: params.from,
      to: params.to,
      q: params.q,
      limit: params.limit,
      cursor: params.cursor,
      order: params.order,
    },
  });
}

/** Everyone who may appear as an actor (auditors and admins only). */
export function auditActorsApi(): Promise<AuditActorView[]> {
  return httpClient.get<AuditActorView[]>('/api/audit/actors');
}
