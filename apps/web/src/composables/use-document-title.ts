import { onBeforeUnmount, ref, watchEffect } from 'vue';

/** A page's own title (e.g. the agreement's), which wins over its route's generic one while shown. */
export const pageTitleOverride = ref<string | null>(null);

export function useDocumentTitle(title: () => string | null | undefined): void {
  watchEffect(() => {
    pageTitleOverride.value = title() || null;
  });
  onBeforeUnmount(() => {
    pageTitleOverride.value = null;
  });
}
