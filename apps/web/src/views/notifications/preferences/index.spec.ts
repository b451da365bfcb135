import type { NotificationPreferencesView } from '@concordat/domain';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import PreferencesPage from './index.vue';

function preferences(overrides: Partial<NotificationPreferencesView> = {}) {
  return {
    language: 'vi',
    preferences: NOTIFICATION_KINDS.flatMap((kind) =>
      NOTIFICATION_CHANNELS.map((channel) => ({
        kind,
        channel,
        enabled: !(kind === 'approval.due_soon' && channel === 'email'),
      })),
    ),
    calendarTokenCreatedAt: null,
    ...overrides,
  } satisfies NotificationPreferencesView;
}

describe('notification settings page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows a switch per kind and channel, and saves one switch as soon as it is flipped', async () => {
    const api = fakeApi({
      'GET /api/notifications/preferences': { body: preferences() },
      'PUT /api/notifications/preferences': { body: preferences() },
    });
    const { wrapper } = await mountPage(PreferencesPage, {
      path: '/notifications/preferences',
      user: official,
      locale: 'ru',
    });
    await settle();

    expect(wrapper.findAll('[data-testid^="pref-"]')).toHaveLength(
      NOTIFICATION_KINDS.length * NOTIFICATION_CHANNELS.length,
    );
    expect(wrapper.text()).toContain('Согласование просрочено');
    const dueSoonMail = wrapper.find('[data-testid="pref-approval.due_soon-email"]');
    expect(dueSoonMail.classes()).not.toContain('is-checked');
    expect(wrapper.find('[data-testid="pref-approval.overdue-email"]').classes()).toContain(
      'is-checked',
    );

    await dueSoonMail.trigger('click');
    await settle();
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({
      preferences: [{ kind: 'approval.due_soon', channel: 'email', enabled: true }],
    });
    wrapper.unmount();
  });
});

describe('calendar feed card', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('makes a private link and shows it once, then revokes it', async () => {
    const api = fakeApi({
      'GET /api/notifications/preferences': { body: preferences() },
      'POST /api/calendar/token': {
        status: 201,
        body: {
          url: 'http://localhost:3000/api/calendar/abc.ics',
          createdAt: '2026-11-23T10:00:00.000Z',
        },
      },
      'DELETE /api/calendar/token': { status: 204 },
    });
    const { wrapper } = await mountPage(PreferencesPage, {
      path: '/notifications/preferences',
      user: official,
    });
    await settle();
    expect(wrapper.find('[data-testid="calendar-revoke"]').exists()).toBe(false);

    await wrapper.find('[data-testid="calendar-create"]').trigger('click');
    await settle();
    expect(wrapper.find<HTMLInputElement>('input[data-testid="calendar-url"]').element.value).toBe(
      'http://localhost:3000/api/calendar/abc.ics',
    );

    await wrapper.find('[data-testid="calendar-revoke"]').trigger('click');
    await settle();
    const confirm = document.querySelector<HTMLButtonElement>('.el-popconfirm .el-button--primary');
    confirm?.click();
    await settle();
    expect(api.requests.some((r) => r.method === 'DELETE' && r.url === '/api/calendar/token')).toBe(
      true,
    );
    expect(wrapper.find('[data-testid="calendar-url"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
