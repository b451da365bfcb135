import type { Pinia } from 'pinia';
import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { installAuthGuard } from './guards';
import { routes } from './routes';

export function createAppRouter(
  pinia: Pinia,
  history: RouterHistory = createWebHistory(import.meta.env.BASE_URL),
) {
  const router = createRouter({
    history,
    routes,
    // Filters and paging change only the query: keep the scroll position for those.
    scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path ? false : { top: 0 }),
  });
  installAuthGuard(router, pinia);
  return router;
}
