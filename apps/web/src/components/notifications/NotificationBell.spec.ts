import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { official } from '@/test/fixtures';
import { aNotification, aNotificationPage } from '@/test/notification-fixtures';
import { mountPage, settle } from '@/test/mount-page';
import { UNREAD_POLL_MS } from '@/stores/notifications.store';
import NotificationBell from './NotificationBell.vue';

describe('notification bell', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('shows the unread count, asks again every minute, and links to the centre', async () => {
    let unread = 3;
    const api = fakeApi({
      'GET /api/notifications': () => ({
        body: aNotificationPage([aNotification()], { unread }),
      }),
    });
    // Only the interval is faked: the page still settles on real timeouts.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { wrapper } = await mountPage(NotificationBell, { path: '/agreements', user: official });
    await settle();
    expect(wrapper.find('[data-testid="bell-count"] sup').text()).toBe('3');
    expect(wrapper.attributes('href')).toBe('/notifications');

    unread = 0;
    await vi.advanceTimersByTimeAsync(UNREAD_POLL_MS);
    await settle();
    expect(api.requests.filter((r) => r.url.startsWith('/api/notifications'))).toHaveLength(2);
    expect(wrapper.attributes('aria-label')).toBe('Notifications, 0 unread');
    wrapper.unmount();
  });
});
