import type {
  CommitmentAction,
  CommitmentDetailView,
  CommitmentOccurrenceRow,
  Page,
  PlanCommitmentInput,
} from '@concordat/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { isApiError } from '@/api/client';
import {
  agreementScorecardApi,
  type AgreementScorecardView,
  type CommitmentListParams,
  exportCommitmentsCsvApi,
  getCommitmentApi,
  listAgreementCommitmentsApi,
  listCommitmentsApi,
  planCommitmentApi,
  runCommitmentActionApi,
  uploadEvidenceApi,
} from '@/api/commitments';

/**
 * Commitments: those of the agreement on screen (each with its occurrences and ETag) and
 * its scorecard, and the page of occurrences across agreements. Every command answers the
 * commitment at its new version, which replaces the one on screen; on 409 (someone else
 * changed it) the commitment is reloaded and the error rethrown for the dialog to show.
 */
export const useCommitmentsStore = defineStore('commitments', () => {
  const agreementId = ref<string | null>(null);
  const commitments = ref<CommitmentDetailView[]>([]);
  const etags = ref<Record<string, string | null>>({});
  const scorecard = ref<AgreementScorecardView | null>(null);
  const loading = ref(false);
  const error = ref<unknown>(null);

  const page = ref<Page<CommitmentOccurrenceRow> | null>(null);
  const listLoading = ref(false);
  const listError = ref<unknown>(null);
  let listRequestId = 0;

  /** Loads every commitment of an agreement with its occurrences, and the scorecard. */
  async function fetchForAgreement(id: string): Promise<void> {
    if (agreementId.value !== id) {
      commitments.value = [];
      scorecard.value = null;
    }
    agreementId.value = id;
    loading.value = true;
    error.value = null;
    try {
      const list = await listAgreementCommitmentsApi(id);
      const details = await Promise.all(list.map((item) => getCommitmentApi(item.id)));
      if (agreementId.value !== id) return;
      commitments.value = details.map((response) => response.data);
      etags.value = Object.fromEntries(
        details.map((response) => [response.data.id, response.etag]),
      );
      await refreshScorecard();
    } catch (cause) {
      if (agreementId.value === id) error.value = cause;
    } finally {
      loading.value = false;
    }
  }

  async function refreshScorecard(): Promise<void> {
    const id = agreementId.value;
    if (id === null) return;
    const card = await agreementScorecardApi(id);
    if (agreementId.value === id) scorecard.value = card;
  }

  function replace(view: CommitmentDetailView, etag: string | null): void {
    const index = commitments.value.findIndex((item) => item.id === view.id);
    if (index === -1) commitments.value = [...commitments.value, view];
    else commitments.value = commitments.value.map((item) => (item.id === view.id ? view : item));
    etags.value = { ...etags.value, [view.id]: etag };
  }

  async function plan(
    input: PlanCommitmentInput,
    idempotencyKey: string,
  ): Promise<CommitmentDetailView> {
    const id = agreementId.value;
    if (id === null) throw new Error('No agreement is loaded');
    const { data, etag } = await planCommitmentApi(id, input, idempotencyKey);
    replace(data, etag);
    void refreshScorecard();
    return data;
  }

  /** Runs an action on a commitment at the version it was loaded with. */
  async function run(
    commitmentId: string,
    action: CommitmentAction,
    body: Record<string, unknown>,
    idempotencyKey: string,
  ): Promise<CommitmentDetailView> {
    return withReloadOnConflict(commitmentId, async (ifMatch) =>
      runCommitmentActionApi(commitmentId, action, body, { ifMatch, idempotencyKey }),
    );
  }

  async function uploadEvidence(
    commitmentId: string,
    input: { periodKey: string; note: string | null; file: File },
    idempotencyKey: string,
  ): Promise<CommitmentDetailView> {
    return withReloadOnConflict(commitmentId, (ifMatch) =>
      uploadEvidenceApi(commitmentId, input, { ifMatch, idempotencyKey }),
    );
  }

  async function withReloadOnConflict(
    commitmentId: string,
    send: (ifMatch: string) => Promise<{ data: CommitmentDetailView; etag: string | null }>,
  ): Promise<CommitmentDetailView> {
    const current = commitments.value.find((item) => item.id === commitmentId);
    const ifMatch = etags.value[commitmentId] ?? `"${current?.version ?? 0}"`;
    try {
      const { data, etag } = await send(ifMatch);
      replace(data, etag);
      void refreshScorecard();
      return data;
    } catch (cause) {
      if (isApiError(cause) && cause.status === 409) {
        const fresh = await getCommitmentApi(commitmentId);
        replace(fresh.data, fresh.etag);
      }
      throw cause;
    }
  }

  /** Loads a page of occurrences across agreements; a late answer to an older request is dropped. */
  async function fetchList(params: CommitmentListParams): Promise<void> {
    const requestId = ++listRequestId;
    listLoading.value = true;
    listError.value = null;
    try {
      const result = await listCommitmentsApi(params);
      if (requestId === listRequestId) page.value = result;
    } catch (cause) {
      if (requestId === listRequestId) listError.value = cause;
    } finally {
      if (requestId === listRequestId) listLoading.value = false;
    }
  }

  /** The list as CSV, for the browser to save. */
  function exportCsv(params: CommitmentListParams): Promise<string> {
    return exportCommitmentsCsvApi(params);
  }

  return {
    agreementId,
    commitments,
    scorecard,
    loading,
    error,
    fetchForAgreement,
    plan,
    run,
    uploadEvidence,
    page,
    listLoading,
    listError,
    fetchList,
    exportCsv,
  };
});
