import { onBeforeUnmount, ref } from 'vue';

/** Whether a CSS media query matches now, kept up to date (e.g. to simplify a table on phones). */
export function useMediaQuery(query: string) {
  const list = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null;
  const matches = ref(list?.matches ?? false);
  const onChange = (event: MediaQueryListEvent) => {
    matches.value = event.matches;
  };
  list?.addEventListener('change', onChange);
  onBeforeUnmount(() => list?.removeEventListener('change', onChange));
  return matches;
}
