import type { Pinia } from 'pinia';
import type { Router } from 'vue-router';
import { useAuthStore } from '@/stores/auth.store';

/** Only keeps redirects that stay inside the app (no `//evil.example`). */
export function safeRedirect(value: unknown): string | null {
  const target = Array.isArray(value) ? value[0] : value;
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return null;
  if (target.startsWith('/login')) return null;
  return target;
}

export function installAuthGuard(router: Router, pinia: Pinia): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore(pinia);
    await auth.ensureChecked();

    if (to.meta.public) {
      if (to.name === 'login' && auth.isAuthenticated) {
        return safeRedirect(to.query.redirect) ?? { name: 'agreements' };
      }
      return true;
    }
    if (!auth.isAuthenticated) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    // Managers run the year from the dashboard: the bare address opens it for them.
    if (
      to.name === 'agreements' &&
      to.redirectedFrom?.path === '/' &&
      auth.user?.role === 'manager'
    ) {
      return { name: 'dashboard' };
    }
    if (to.meta.permission && !auth.allows(to.meta.permission)) {
      return { name: 'agreements' };
    }
    return true;
  });
}
