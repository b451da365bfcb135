import type {
  AgreementEventView,
  AgreementView,
  CreateDraftAgreementInput,
  ListAgreementsQuery,
  Page,
} from '@concordat/domain';
import { httpClient, type ApiResponse } from './client';

export type AgreementListParams = Partial<ListAgreementsQuery>;

function agreementPath(id: string): string {
  return `/api/agreements/${encodeURIComponent(id)}`;
}

export function listAgreementsApi(params: AgreementListParams): Promise<Page<AgreementView>> {
  return httpClient.get<Page<AgreementView>>('/api/agreements', { query: { ...params } });
}

/** The agreement with its ETag, to send back as `If-Match` with the next command. */
export function getAgreementApi(id: string): Promise<ApiResponse<AgreementView>> {
  return httpClient.request<AgreementView>('GET', agreementPath(id));
}

export function listAgreementEventsApi(id: string): Promise<AgreementEventView[]> {
  return httpClient.get<AgreementEventView[]>(`${agreementPath(id)}/events`);
}

export function createDraftAgreementApi(input: CreateDraftAgreementInput): Promise<AgreementView> {
  return httpClient.post<AgreementView>('/api/agreements', input);
}
