import type {
  CommitmentAction,
  CommitmentDetailView,
  CommitmentOccurrenceRow,
  CommitmentView,
  EditCommitmentInput,
  ListCommitmentsQuery,
  Page,
  PartnerScorecard,
  PlanCommitmentInput,
  Scorecard,
} from '@concordat/domain';
import { httpClient, type ApiResponse } from './client';
import type { ActionRequestOptions } from './agreements';

export type CommitmentListParams = Partial<ListCommitmentsQuery>;

export interface AgreementScorecardView extends Scorecard {
  agreementId: string;
  asOf: string;
}

function agreementCommitmentsPath(agreementId: string): string {
  return `/api/agreements/${encodeURIComponent(agreementId)}/commitments`;
}

function commitmentPath(id: string): string {
  return `/api/commitments/${encodeURIComponent(id)}`;
}

export function listAgreementCommitmentsApi(agreementId: string): Promise<CommitmentView[]> {
  return httpClient.get<CommitmentView[]>(agreementCommitmentsPath(agreementId));
}

export function agreementScorecardApi(agreementId: string): Promise<AgreementScorecardView> {
  return httpClient.get<AgreementScorecardView>(
    `${agreementCommitmentsPath(agreementId)}/scorecard`,
  );
}

export function partnerScorecardsApi(
  partner?: string,
): Promise<{ asOf: string; partners: PartnerScorecard[] }> {
  return httpClient.get('/api/commitments/scorecards/partners', { query: { partner } });
}

export function planCommitmentApi(
  agreementId: string,
  input: PlanCommitmentInput,
  idempotencyKey: string,
): Promise<ApiResponse<CommitmentDetailView>> {
  return httpClient.request<CommitmentDetailView>('POST', agreementCommitmentsPath(agreementId), {
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** The commitment with its ETag, to send back as `If-Match` with the next command. */
export function getCommitmentApi(id: string): Promise<ApiResponse<CommitmentDetailView>> {
  return httpClient.request<CommitmentDetailView>('GET', commitmentPath(id));
}

/** `POST /api/commitments/{id}/{action}`: answered with the commitment at its new version. */
export function runCommitmentActionApi(
  id: string,
  action: CommitmentAction,
  body: Record<string, unknown> | EditCommitmentInput,
  { ifMatch, idempotencyKey }: ActionRequestOptions,
): Promise<ApiResponse<CommitmentDetailView>> {
  return httpClient.request<CommitmentDetailView>('POST', `${commitmentPath(id)}/${action}`, {
    body,
    ifMatch,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** `POST /api/commitments/{id}/evidence`: a file (and a note) for one occurrence, as multipart. */
export function uploadEvidenceApi(
  id: string,
  input: { periodKey: string; note: string | null; file: File },
  { ifMatch, idempotencyKey }: ActionRequestOptions,
): Promise<ApiResponse<CommitmentDetailView>> {
  const form = new FormData();
  form.append('periodKey', input.periodKey);
  if (input.note) form.append('note', input.note);
  form.append('file', input.file, input.file.name);
  return httpClient.request<CommitmentDetailView>('POST', `${commitmentPath(id)}/evidence`, {
    body: form,
    ifMatch,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function listCommitmentsApi(
  params: CommitmentListParams,
): Promise<Page<CommitmentOccurrenceRow>> {
  return httpClient.get<Page<CommitmentOccurrenceRow>>('/api/commitments', {
    query: { ...params, format: undefined },
  });
}

/** The filtered list as CSV text (titles in the UI language, sent as Accept-Language). */
export function exportCommitmentsCsvApi(params: CommitmentListParams): Promise<string> {
  return httpClient.get<string>('/api/commitments', {
    query: { ...params, page: undefined, pageSize: undefined, format: 'csv' },
  });
}
