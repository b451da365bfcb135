import type {
  AgreementEventView,
  AgreementView,
  CreateDraftAgreementInput,
  Page,
} from '@concordat/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  createDraftAgreementApi,
  getAgreementApi,
  listAgreementEventsApi,
  listAgreementsApi,
  type AgreementListParams,
} from '@/api/agreements';

export const useAgreementsStore = defineStore('agreements', () => {
  const page = ref<Page<AgreementView> | null>(null);
  const listLoading = ref(false);
  const listError = ref<unknown>(null);
  let listRequestId = 0;

  const current = ref<AgreementView | null>(null);
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

  async function createDraft(input: CreateDraftAgreementInput): Promise<AgreementView> {
    const created = await createDraftAgreementApi(input);
    current.value = created;
    currentEtag.value = null;
    events.value = [];
    return created;
  }

  return {
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
  };
});
