import type { Permission } from '@concordat/domain';
import type { RouteRecordRaw } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** i18n key of the document title. */
    titleKey?: string;
    /** Needed to open the page; others go back to the list. */
    permission?: Permission;
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/auth/login/index.vue'),
    meta: { public: true, titleKey: 'auth.login.pageTitle' },
  },
  {
    path: '/',
    component: () => import('@/components/layout/AppShell.vue'),
    children: [
      { path: '', redirect: { name: 'agreements' } },
      {
        path: 'agreements',
        name: 'agreements',
        component: () => import('@/views/agreements/list/index.vue'),
        meta: { titleKey: 'agreements.list.pageTitle' },
      },
      {
        path: 'agreements/new',
        name: 'agreement-create',
        component: () => import('@/views/agreements/create/index.vue'),
        meta: { titleKey: 'agreements.create.pageTitle', permission: 'agreement.create' },
      },
      {
        path: 'agreements/:id',
        name: 'agreement',
        component: () => import('@/views/agreements/detail/index.vue'),
        props: true,
        meta: { titleKey: 'agreements.detail.pageTitle' },
      },
      {
        path: 'dashboard',
        name: 'dashboard',
        component: () => import('@/views/dashboard/overview/index.vue'),
        meta: { titleKey: 'dashboard.pageTitle', permission: 'dashboard.read' },
      },
      {
        path: 'commitments',
        name: 'commitments',
        component: () => import('@/views/commitments/list/index.vue'),
        meta: { titleKey: 'commitments.list.pageTitle', permission: 'commitment.read' },
      },
      {
        path: 'approvals',
        name: 'approvals-inbox',
        component: () => import('@/views/approvals/inbox/index.vue'),
        meta: { titleKey: 'approvals.inbox.pageTitle', permission: 'approval.participate' },
      },
      {
        path: 'approvals/policies',
        name: 'approval-policies',
        component: () => import('@/views/approvals/policies/index.vue'),
        meta: { titleKey: 'approvals.policies.pageTitle', permission: 'approval-policy.edit' },
      },
      {
        path: 'approvals/delegations',
        name: 'delegations',
        component: () => import('@/views/approvals/delegations/index.vue'),
        meta: { titleKey: 'approvals.delegations.pageTitle', permission: 'approval.participate' },
      },
      {
        path: 'agreements/:id/text/edit',
        name: 'agreement-text-edit',
        component: () => import('@/views/agreements/text-editor/index.vue'),
        props: true,
        meta: { titleKey: 'text.editor.pageTitle' },
      },
      {
        path: 'agreements/:id/text/review',
        name: 'agreement-clause-review',
        component: () => import('@/views/agreements/clause-review/index.vue'),
        props: true,
        meta: { titleKey: 'text.review.pageTitle' },
      },
      {
        path: 'agreements/:id/text/diff',
        name: 'agreement-text-diff',
        component: () => import('@/views/agreements/text-diff/index.vue'),
        props: true,
        meta: { titleKey: 'text.diff.pageTitle' },
      },
      {
        // The audit area: its pages share one header entry and a strip of tabs.
        path: 'audit',
        component: () => import('@/components/audit/AuditLayout.vue'),
        children: [
          {
            // Auditors search everything; other readers of history arrive with an agreementId.
            path: '',
            name: 'audit-log',
            component: () => import('@/views/audit/log/index.vue'),
            meta: { titleKey: 'audit.log.pageTitle', permission: 'agreement.history.read' },
          },
          {
            path: 'exports',
            name: 'audit-exports',
            component: () => import('@/views/audit/exports/index.vue'),
            meta: { titleKey: 'exports.pageTitle', permission: 'export.request' },
          },
          {
            path: 'integrity',
            name: 'audit-integrity',
            component: () => import('@/views/audit/integrity/index.vue'),
            meta: { titleKey: 'integrity.pageTitle', permission: 'audit.verify' },
          },
        ],
      },
      {
        path: 'notifications',
        name: 'notifications',
        component: () => import('@/views/notifications/centre/index.vue'),
        meta: { titleKey: 'notifications.centre.pageTitle' },
      },
      {
        path: 'notifications/preferences',
        name: 'notification-preferences',
        component: () => import('@/views/notifications/preferences/index.vue'),
        meta: { titleKey: 'notifications.preferences.pageTitle' },
      },
      {
        path: 'admin/outbox',
        name: 'admin-outbox',
        component: () => import('@/views/notifications/outbox/index.vue'),
        meta: { titleKey: 'notifications.outbox.pageTitle', permission: 'outbox.read' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/views/errors/not-found/index.vue'),
        meta: { titleKey: 'common.notFound.pageTitle' },
      },
    ],
  },
];
