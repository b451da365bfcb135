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
