import type { AgreementAction, ApprovalInboxItem, BulkApproveResult } from '@concordat/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { runAgreementActionApi } from '@/api/agreements';
import { approvalsInboxApi, bulkApproveApi } from '@/api/approvals';

function newKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * The approvals inbox: the caller's pending steps as the api orders them (overdue first),
 * which of them are selected, and the decisions taken from here. After every decision the
 * inbox is reloaded, since a decision may complete a step or move the agreement on.
 */
export const useApprovalsStore = defineStore('approvals', () => {
  const items = ref<ApprovalInboxItem[]>([]);
  const loading = ref(false);
  const error = ref<unknown>(null);
  const selected = ref<string[]>([]);
  const lastBulk = ref<BulkApproveResult[]>([]);

  const overdueCount = computed(() => items.value.filter((item) => item.overdue).length);
  const selectedItems = computed(() =>
    items.value.filter((item) => selected.value.includes(item.agreementId)),
  );

  async function fetchInbox(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      items.value = await approvalsInboxApi();
      // A selection only makes sense for what is still in the inbox.
      selected.value = selected.value.filter((id) =>
        items.value.some((item) => item.agreementId === id),
      );
    } catch (cause) {
      error.value = cause;
    } finally {
      loading.value = false;
    }
  }

  /** Approve, reject or request changes on one item, at the version the inbox showed. */
  async function decide(
    item: ApprovalInboxItem,
    action: Extract<AgreementAction, 'approve' | 'reject' | 'request-changes'>,
    comment: string | null,
  ): Promise<void> {
    try {
      await runAgreementActionApi(
        item.agreementId,
        action,
        { comment },
        { ifMatch: `"${item.version}"`, idempotencyKey: newKey() },
      );
    } finally {
      await fetchInbox();
    }
  }

  async function bulkApprove(comment: string | null): Promise<BulkApproveResult[]> {
    const chosen = selectedItems.value;
    if (chosen.length === 0) return [];
    try {
      lastBulk.value = await bulkApproveApi(
        {
          items: chosen.map((item) => ({ agreementId: item.agreementId, version: item.version })),
          comment,
        },
        newKey(),
      );
      return lastBulk.value;
    } finally {
      selected.value = [];
      await fetchInbox();
    }
  }

  return {
    items,
    loading,
    error,
    selected,
    lastBulk,
    overdueCount,
    selectedItems,
    fetchInbox,
    decide,
    bulkApprove,
  };
});
