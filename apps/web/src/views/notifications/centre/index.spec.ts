import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { official } from '@/test/fixtures';
import { aNotification, aNotificationPage } from '@/test/notification-fixtures';
import { mountPage, settle } from '@/test/mount-page';
import CentrePage from './index.vue';

describe('notification centre', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists my notifications in my language, unread ones marked, with the unread count', async () => {
    fakeApi({
      'GET /api/notifications': {
        body: aNotificationPage([
          aNotification({ id: 'late' }),
          aNotification({
            id: 'review',
            kind: 'agreement.review_started',
            params: { title: { vi: 'Hợp tác bóng đá' }, dueAt: '2027-01-15' },
            readAt: '2026-03-08T00:00:00.000Z',
          }),
        ]),
      },
    });
    const { wrapper } = await mountPage(CentrePage, {
      path: '/notifications',
      user: official,
      locale: 'vi',
    });
    await settle();

    expect(wrapper.find('[data-testid="unread-summary"]').text()).toBe('1 thông báo chưa đọc');
    const late = wrapper.find('[data-testid="notification-late"]');
    expect(late.classes()).toContain('is-unread');
    expect(late.text()).toContain(
      'Bước 1 trong quy trình phê duyệt “Hợp tác bóng bàn” đã đến hạn vào',
    );
    const review = wrapper.find('[data-testid="notification-review"]');
    expect(review.classes()).not.toContain('is-unread');
    expect(review.text()).toContain('Việc rà soát gia hạn “Hợp tác bóng đá” đã bắt đầu');
    expect(review.text()).toContain('15 tháng 1, 2027');
    wrapper.unmount();
  });

  it('marks one read, opens the agreement it is about, and marks all read', async () => {
    const api = fakeApi({
      'GET /api/notifications': {
        body: aNotificationPage([
          aNotification({ id: 'n-1' }),
          aNotification({ id: 'n-2' }),
          aNotification({ id: 'n-3' }),
        ]),
      },
      'POST /api/notifications/n-1/read': { status: 204 },
      'POST /api/notifications/n-2/read': { status: 204 },
      'POST /api/notifications/read-all': { body: { marked: 0 } },
    });
    const { wrapper, router } = await mountPage(CentrePage, {
      path: '/notifications',
      user: official,
    });
    await settle();
    expect(wrapper.find('[data-testid="unread-summary"]').text()).toBe('3 unread notifications');

    await wrapper
      .find('[data-testid="notification-n-1"] [data-testid="notification-mark-read"]')
      .trigger('click');
    await settle();
    expect(wrapper.find('[data-testid="unread-summary"]').text()).toBe('2 unread notifications');
    expect(wrapper.find('[data-testid="notification-n-1"]').classes()).not.toContain('is-unread');

    await wrapper
      .find('[data-testid="notification-n-2"] [data-testid="notification-open"]')
      .trigger('click');
    // The agreement page is a lazy route: its chunk loads before the navigation ends.
    await vi.waitFor(
      () => {
        expect(router.currentRoute.value.fullPath).toBe('/agreements/a-1');
      },
      { timeout: 5000 },
    );
    expect(api.requests.map((r) => `${r.method} ${r.url}`)).toContain(
      'POST /api/notifications/n-2/read',
    );

    await wrapper.find('[data-testid="mark-all-read"]').trigger('click');
    await settle();
    expect(api.requests.map((r) => `${r.method} ${r.url}`)).toContain(
      'POST /api/notifications/read-all',
    );
    wrapper.unmount();
  });

  it('reads commitment reminders and opens a digest as my overdue commitments', async () => {
    fakeApi({
      'GET /api/notifications': {
        body: aNotificationPage([
          aNotification({
            id: 'soon',
            kind: 'commitment.due_soon',
            subject: { type: 'commitment', id: 'c-1' },
            params: {
              title: { en: 'Host the delegation', ja: '代表団の受け入れ' },
              dueAt: '2026-10-01',
              days: 7,
              agreementId: 'a-1',
            },
          }),
          aNotification({
            id: 'digest',
            kind: 'commitment.overdue_digest',
            subject: { type: 'user', id: 'u-official' },
            params: {
              items: [
                {
                  commitmentId: 'c-2',
                  agreementId: 'a-1',
                  title: { en: 'Seminar' },
                  dueOn: '2026-09-01',
                },
                {
                  commitmentId: 'c-3',
                  agreementId: 'a-1',
                  title: { en: 'Report' },
                  dueOn: '2026-09-15',
                },
              ],
            },
          }),
        ]),
      },
      'POST /api/notifications/digest/read': { status: 204 },
    });
    const { wrapper, router } = await mountPage(CentrePage, {
      path: '/notifications',
      user: official,
      locale: 'ja',
    });
    await settle();

    expect(wrapper.find('[data-testid="notification-soon"]').text()).toContain(
      '約束事項「代表団の受け入れ」の期限は2026年10月1日です（残り7日）。',
    );
    const digest = wrapper.find('[data-testid="notification-digest"]');
    expect(digest.text()).toContain('期限切れの約束事項（2件）：Seminar (2026年9月1日)、Report');

    await digest.find('[data-testid="notification-open"]').trigger('click');
    await vi.waitFor(
      () => {
        expect(router.currentRoute.value.fullPath).toBe(
          '/commitments?owner=u-official&overdue=true',
        );
      },
      { timeout: 5000 },
    );
    wrapper.unmount();
  });

  it('says so when there is nothing', async () => {
    fakeApi({ 'GET /api/notifications': { body: aNotificationPage([]) } });
    const { wrapper } = await mountPage(CentrePage, {
      path: '/notifications',
      user: official,
      locale: 'ja',
    });
    await settle();
    expect(wrapper.find('[data-testid="notifications-empty"]').text()).toContain(
      '通知はまだありません',
    );
    expect(wrapper.find('[data-testid="mark-all-read"]').attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });
});
