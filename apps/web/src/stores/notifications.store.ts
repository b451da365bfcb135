import type { NotificationView } from '@concordat/domain';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  listNotificationsApi,
  markAllNotificationsReadApi,
  markNotificationReadApi,
} from '@/api/notifications';

/** How often the bell asks for the unread count: reminders come from jobs, not requests. */
export const UNREAD_POLL_MS = 60_000;

/**
 * The caller's notifications: one page of them for the centre, and the unread count the
 * bell shows, refreshed by polling while the app is open.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const items = ref<NotificationView[]>([]);
  const total = ref(0);
  const unread = ref(0);
  const page = ref(1);
  const pageSize = ref(20);
  const loading = ref(false);
  const error = ref<unknown>(null);
  let timer: ReturnType<typeof setInterval> | undefined;

  async function fetchPage(next = page.value): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const result = await listNotificationsApi({ page: next, pageSize: pageSize.value });
      items.value = result.items;
      total.value = result.total;
      unread.value = result.unread;
      page.value = next;
    } catch (cause) {
      error.value = cause;
    } finally {
      loading.value = false;
    }
  }

  async function refreshUnread(): Promise<void> {
    try {
      unread.value = (await listNotificationsApi({ page: 1, pageSize: 1 })).unread;
    } catch {
      // The bell keeps its last count; the next poll tries again.
    }
  }

  async function markRead(id: string): Promise<void> {
    const item = items.value.find((candidate) => candidate.id === id);
    if (item?.readAt !== null && item !== undefined) return;
    await markNotificationReadApi(id);
    if (item) item.readAt = new Date().toISOString();
    unread.value = Math.max(0, unread.value - 1);
  }

  async function markAllRead(): Promise<void> {
    await markAllNotificationsReadApi();
    await fetchPage(page.value);
  }

  function startPolling(): void {
    if (timer !== undefined) return;
    void refreshUnread();
    timer = setInterval(() => void refreshUnread(), UNREAD_POLL_MS);
  }

  function stopPolling(): void {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  }

  return {
    items,
    total,
    unread,
    page,
    pageSize,
    loading,
    error,
    fetchPage,
    refreshUnread,
    markRead,
    markAllRead,
    startPolling,
    stopPolling,
  };
});
