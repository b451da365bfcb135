import type { UserRef } from '@concordat/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '@/i18n';
import { routes } from '@/router/routes';
import { useAuthStore } from '@/stores/auth.store';
import { fakeApi } from '@/test/fake-api';
import { auditor, manager, official } from '@/test/fixtures';
import AppShell from './AppShell.vue';

/** The shell around `path`, signed in as `user`; the page itself and the bell are left out. */
async function shellAt(path: string, user: UserRef) {
  fakeApi({});
  const pinia = createPinia();
  setActivePinia(pinia);
  const auth = useAuthStore(pinia);
  auth.user = user;
  auth.status = 'authenticated';
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(AppShell, {
    attachTo: document.body,
    global: {
      plugins: [pinia, createAppI18n('en'), router],
      stubs: { RouterView: true, NotificationBell: true },
    },
  });
  await flushPromises();
  return wrapper;
}

const navIds = (wrapper: Awaited<ReturnType<typeof shellAt>>) =>
  wrapper.findAll('nav [data-testid^="nav-"]').map((link) => link.attributes('data-testid'));

describe('app shell', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('gives an auditor one Audit entry, opening the log, instead of three', async () => {
    const wrapper = await shellAt('/agreements', auditor);
    expect(navIds(wrapper)).toEqual([
      'nav-dashboard',
      'nav-agreements',
      'nav-commitments',
      'nav-audit',
    ]);
    const audit = wrapper.find('[data-testid="nav-audit"]');
    expect(audit.text()).toBe('Audit');
    expect(audit.attributes('href')).toBe('/audit');
    expect(audit.classes()).not.toContain('is-active');
    expect(audit.attributes('aria-current')).toBeUndefined();
    wrapper.unmount();
  });

  it('marks Audit active on every audit page', async () => {
    for (const [path, current] of [
      ['/audit', 'page'],
      ['/audit/exports', 'true'],
      ['/audit/integrity', 'true'],
    ] as const) {
      const wrapper = await shellAt(path, auditor);
      const audit = wrapper.find('[data-testid="nav-audit"]');
      expect(audit.classes(), path).toContain('is-active');
      expect(audit.attributes('aria-current'), path).toBe(current);
      expect(wrapper.find('[data-testid="nav-agreements"]').classes(), path).not.toContain(
        'is-active',
      );
      wrapper.unmount();
    }
  });

  it('scrolls the narrow menu to the current entry', async () => {
    const revealed: Element[] = [];
    const spy = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (
      this: Element,
    ) {
      revealed.push(this);
    });
    try {
      const wrapper = await shellAt('/audit/integrity', auditor);
      expect(revealed.map((element) => element.getAttribute('data-testid'))).toEqual(['nav-audit']);
      wrapper.unmount();
    } finally {
      spy.mockRestore();
    }
  });

  it('opens the exports for those who may only export one agreement’s history', async () => {
    for (const user of [official, manager]) {
      const wrapper = await shellAt('/agreements', user);
      expect(wrapper.find('[data-testid="nav-audit"]').attributes('href')).toBe('/audit/exports');
      wrapper.unmount();
    }
  });
});
