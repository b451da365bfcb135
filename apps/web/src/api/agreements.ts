import type {
  AgreementAction,
  AgreementDetailView,
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

/** Every matching agreement (not one page) as RFC 4180 CSV, titles in the UI language. */
export function exportAgreementsCsvApi(params: AgreementListParams): Promise<string> {
  return httpClient.get<string>('/api/agreements', {
    query: { ...params, page: undefined, pageSize: undefined, format: 'csv' },
  });
}

/** The agreement with its ETag, to send back as `If-Match` with the next command. */
export function getAgreementApi(id: string): Promise<ApiResponse<AgreementDetailView>> {
  return httpClient.request<AgreementDetailView>('GET', agreementPath(id));
}

export function listAgreementEventsApi(id: string): Promise<AgreementEventView[]> {
  return httpClient.get<AgreementEventView[]>(`${agreementPath(id)}/events`);
}

export function createDraftAgreementApi(
  input: CreateDraftAgreementInput,
): Promise<AgreementDetailView> {
  return httpClient.post<AgreementDetailView>('/api/agreements', input);
}

export interface ActionRequestOptions {
  /** The ETag the agreement was loaded with: the command runs only if nobody changed it since. */
  ifMatch: string;
  /** One per user action, reused on retry, so a repeated submission runs once. */
  idempotencyKey: string;
}

/** `POST /api/agreements/{id}/{action}`: a lifecycle command, answered with the new agreement. */
export function runAgreementActionApi(
  id: string,
  action: AgreementAction,
  body: Record<string, unknown>,
  { ifMatch, idempotencyKey }: ActionRequestOptions,
): Promise<ApiResponse<AgreementDetailView>> {
  return httpClient.request<AgreementDetailView>('POST', `${agreementPath(id)}/${action}`, {
    body,
    ifMatch,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}
