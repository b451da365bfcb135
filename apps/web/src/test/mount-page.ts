import type { UiLanguage } from '@concordat/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '@/i18n';
import { routes } from '@/router/routes';
import { useAuthStore } from '@/stores/auth.store';
import type { UserRef } from '@concordat/domain';

/** Mounts a page as the router would show it, signed in as `user`, in `locale`. */
export async function mountPage(
  component: Component,
  options: {
    path: string;
    user: UserRef | null;
    locale?: UiLanguage;
    props?: Record<string, unknown>;
  },
) {
  const pinia = createPinia();
  setActivePinia(pinia);
  if (options.user) {
    const auth = useAuthStore(pinia);
    auth.user = options.user;
    auth.status = 'authenticated';
  }
  const i18n = createAppI18n(options.locale ?? 'en');
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push(options.path);
  await router.isReady();
  const wrapper = mount(component, {
    props: options.props,
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router] },
  });
  await flushPromises();
  return { wrapper, router, pinia, i18n };
}

/** Element Plus shows form errors after a short debounce. */
export async function settle(ms = 150): Promise<void> {
  await flushPromises();
  await new Promise((resolve) => setTimeout(resolve, ms));
  await flushPromises();
}
