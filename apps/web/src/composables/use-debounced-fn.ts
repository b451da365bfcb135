import { onBeforeUnmount } from 'vue';

/** Calls `fn` once the caller has stopped calling for `delayMs` (e.g. while typing a search). */
export function useDebouncedFn<Args extends unknown[]>(
  fn: (...args: Args) => void,
  delayMs: number,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;

  function cancel(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function debounced(...args: Args): void {
    cancel();
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, delayMs);
  }

  onBeforeUnmount(cancel);
  return Object.assign(debounced, { cancel });
}
