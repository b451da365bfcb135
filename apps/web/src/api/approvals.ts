import type {
  AgreementApprovalResponse,
  AgreementType,
  ApprovalInboxItem,
  ApprovalPolicyInput,
  ApprovalPolicyView,
  ApprovalPurpose,
  BulkApproveInput,
  BulkApproveResult,
  CreateDelegationInput,
  DelegationView,
  UserRef,
} from '@concordat/domain';
import { httpClient } from './client';

export function approvalsInboxApi(): Promise<ApprovalInboxItem[]> {
  return httpClient.get<ApprovalInboxItem[]>('/api/approvals/inbox');
}

/**
 * Each item runs as its own command at its own version; the answer says how each went.
 * The key makes a retried request (a lost answer) report the first results, not approve twice.
 */
export function bulkApproveApi(
  input: BulkApproveInput,
  idempotencyKey: string,
): Promise<BulkApproveResult[]> {
  return httpClient.post<BulkApproveResult[]>('/api/approvals/bulk-approve', input, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function agreementApprovalApi(agreementId: string): Promise<AgreementApprovalResponse> {
  return httpClient.get<AgreementApprovalResponse>(
    `/api/agreements/${encodeURIComponent(agreementId)}/approval`,
  );
}

export function listApprovalPoliciesApi(): Promise<ApprovalPolicyView[]> {
  return httpClient.get<ApprovalPolicyView[]>('/api/approval-policies');
}

export async function saveApprovalPolicyApi(
  agreementType: AgreementType,
  purpose: ApprovalPurpose,
  input: ApprovalPolicyInput,
): Promise<ApprovalPolicyView> {
  const response = await httpClient.request<ApprovalPolicyView>(
    'PUT',
    `/api/approval-policies/${agreementType}/${purpose}`,
    { body: input },
  );
  return response.data;
}

export function listDelegationsApi(): Promise<DelegationView[]> {
  return httpClient.get<DelegationView[]>('/api/delegations');
}

export function grantDelegationApi(input: CreateDelegationInput): Promise<DelegationView> {
  return httpClient.post<DelegationView>('/api/delegations', input);
}

export async function revokeDelegationApi(id: string): Promise<DelegationView> {
  const response = await httpClient.request<DelegationView>(
    'DELETE',
    `/api/delegations/${encodeURIComponent(id)}`,
  );
  return response.data;
}

/** Users one may name as approver, substitute or observer. */
export function approvalPeopleApi(): Promise<UserRef[]> {
  return httpClient.get<UserRef[]>('/api/approvals/people');
}

export function setObserversApi(agreementId: string, userIds: string[]): Promise<UserRef[]> {
  return httpClient
    .request<UserRef[]>('PUT', `/api/agreements/${encodeURIComponent(agreementId)}/observers`, {
      body: { userIds },
    })
    .then((response) => response.data);
}
