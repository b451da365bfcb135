import type { AgreementText, TextDiffView, TextVersionView } from '@concordat/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { getTextDiffApi, listTextVersionsApi } from '@/api/agreement-text';

/**
 * The versions of the agreement's text and the diff being looked at. Commands on the text
 * (edit-text, add-round, review-clause) go through the agreements store's runAction, so the
 * agreement on screen, its ETag and its history stay one.
 */
export const useAgreementTextStore = defineStore('agreement-text', () => {
  const versions = ref<TextVersionView[]>([]);
  const versionsFor = ref<string | null>(null);
  const versionsLoading = ref(false);
  const versionsError = ref<unknown>(null);

  const diff = ref<TextDiffView | null>(null);
  const diffLoading = ref(false);
  const diffError = ref<unknown>(null);
  let diffRequestId = 0;

  async function fetchVersions(agreementId: string): Promise<void> {
    if (versionsFor.value !== agreementId) versions.value = [];
    versionsFor.value = agreementId;
    versionsLoading.value = true;
    versionsError.value = null;
    try {
      const result = await listTextVersionsApi(agreementId);
      if (versionsFor.value === agreementId) versions.value = result;
    } catch (error) {
      versionsError.value = error;
    } finally {
      versionsLoading.value = false;
    }
  }

  /** Loads a diff; an answer that arrives after a newer request is dropped. */
  async function fetchDiff(agreementId: string, from: number, to: number): Promise<void> {
    const requestId = ++diffRequestId;
    diffLoading.value = true;
    diffError.value = null;
    try {
      const result = await getTextDiffApi(agreementId, from, to);
      if (requestId === diffRequestId) diff.value = result;
    } catch (error) {
      if (requestId === diffRequestId) {
        diff.value = null;
        diffError.value = error;
      }
    } finally {
      if (requestId === diffRequestId) diffLoading.value = false;
    }
  }

  return {
    versions,
    versionsLoading,
    versionsError,
    diff,
    diffLoading,
    diffError,
    fetchVersions,
    fetchDiff,
  };
});

/** A version as the editor edits it: the text without per-clause reviews and numbers. */
export function editableText(
  version: Pick<TextVersionView, 'languages' | 'clauses'>,
): AgreementText {
  return {
    languages: version.languages.map((language) => ({ ...language })),
    clauses: version.clauses.map(({ key, title, text }) => ({
      key,
      title: { ...title },
      text: { ...text },
    })),
  };
}
