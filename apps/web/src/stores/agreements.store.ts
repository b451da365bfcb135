import type {
  AgreementAction,
  AgreementDetailView,
  AgreementEventView,
  AgreementView,
  CreateDraftAgreementInput,
  Page,
} from '@concordat/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { isApiError } from '@/api/client';
import {
  createDraftAgreementApi,
  exportAgreementsCsvApi,
  getAgreementApi,
  listAgreementEventsApi,
  listAgreementsApi,
  runAgreementActionApi,
  type AgreementListParams,
} from '@/api/agreements';

export const useAgreementsStore = defineStore('agreements', () => {
  const page = ref<Page<AgreementView> | null>(null);
  const listLoading = ref(false);
  const listError = ref<unknown>(null);
  let listRequestId = 0;

  const current = ref<AgreementDetailView | null>(null);
  const currentEtag = ref<string | null>(null);
  const currentLoading = ref(false);
  const currentError = ref<unknown>(null);
  const events = ref<AgreementEventView[]>([]);
  const eventsLoading = ref(false);
  const eventsError = ref<unknown>(null);
  let currentRequestId = 0;

  /** Loads one page of the list; an answer that arrives after a newer request is dropped. */
  async function fetchList(params: AgreementListParams): Promise<void> {
    const requestId = ++listRequestId;
    listLoading.value = true;
    listError.value = null;
    try {
      const result = await listAgreementsApi(params);
      if (requestId === listRequestId) page.value = result;
    } catch (error) {
      if (requestId === listRequestId) listError.value = error;
    } finally {
      if (requestId === listRequestId) listLoading.value = false;
    }
  }

  async function fetchAgreement(id: string, options: { withEvents: boolean }): Promise<void> {
    const requestId = ++currentRequestId;
    if (current.value?.id !== id) {
      current.value = null;
      currentEtag.value = null;
      events.value = [];
    }
    currentLoading.value = true;
    currentError.value = null;
    eventsError.value = null;
    eventsLoading.value = options.withEvents;
    const eventsRequest = options.withEvents ? listAgreementEventsApi(id) : Promise.resolve([]);
    // Handled below, after the agreement itself; this only keeps an early failure from being reported as unhandled.
    eventsRequest.catch(() => undefined);
    try {
      const { data, etag } = await getAgreementApi(id);
      if (requestId !== currentRequestId) return;
      current.value = data;
      currentEtag.value = etag;
    } catch (error) {
      if (requestId === currentRequestId) currentError.value = error;
    } finally {
      if (requestId === currentRequestId) currentLoading.value = false;
    }
    try {
      const history = await eventsRequest;
      if (requestId === currentRequestId) events.value = history;
    } catch (error) {
      if (requestId === currentRequestId) eventsError.value = error;
    } finally {
      if (requestId === currentRequestId) eventsLoading.value = false;
    }
  }

  async function createDraft(input: CreateDraftAgreementInput): Promise<AgreementDetailView> {
    const created = await createDraftAgreementApi(input);
    current.value = created;
    currentEtag.value = null;
    events.value = [];
    return created;
  }

  /**
   * Runs a lifecycle action on the agreement on screen, at the version it was loaded with.
   * On success the page shows the new state and history; on 409 (someone else changed it)
   * the agreement is reloaded and the error rethrown so the dialog can say so.
   */
  async function runAction(
    action: AgreementAction,
    body: Record<string, unknown>,
    idempotencyKey: string,
  ): Promise<AgreementDetailView> {
    const agreement = current.value;
    if (agreement === null) throw new Error('No agreement is loaded');
    const ifMatch = currentEtag.value ?? `"${agreement.version}"`;
    const withEvents = events.value.length > 0;
    try {
      const { data, etag } = await runAgreementActionApi(agreement.id, action, body, {
        ifMatch,
        idempotencyKey,
      });
      currentRequestId++;
      current.value = data;
      currentEtag.value = etag;
      if (withEvents) void refreshEvents(agreement.id);
      return data;
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        await fetchAgreement(agreement.id, { withEvents });
      }
      throw error;
    }
  }

  async function refreshEvents(id: string): Promise<void> {
    try {
      const history = await listAgreementEventsApi(id);
      if (current.value?.id === id) events.value = history;
    } catch (error) {
      if (current.value?.id === id) eventsError.value = error;
    }
  }

  /** Every agreement matching the list's filters as CSV (the api caps the rows). */
  function exportCsv(params: AgreementListParams): Promise<string> {
    return exportAgreementsCsvApi(params);
  }

  return {
    exportCsv,
    page,
    listLoading,
    listError,
    fetchList,
    current,
    currentEtag,
    currentLoading,
    currentError,
    events,
    eventsLoading,
    eventsError,
    fetchAgreement,
    createDraft,
    runAction,
  };
});
