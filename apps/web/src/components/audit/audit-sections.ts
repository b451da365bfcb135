import type { Permission } from '@concordat/domain';

/** One page of the audit area: the route, its tab label and what opens it from the menu. */
export interface AuditSection {
  key: 'log' | 'exports' | 'integrity';
  routeName: 'audit-log' | 'audit-exports' | 'audit-integrity';
  /** i18n key of the tab's label (the pages' own namespaces). */
  labelKey: string;
  /**
   * Who gets the tab. The log needs audit.read here although its route lets every reader
   * of history in: without it the page only shows one agreement, reached from that
   * agreement's "history in the audit log" link.
   */
  permission: Permission;
}

export const AUDIT_SECTIONS: readonly AuditSection[] = [
  { key: 'log', routeName: 'audit-log', labelKey: 'audit.nav', permission: 'audit.read' },
  {
    key: 'exports',
    routeName: 'audit-exports',
    labelKey: 'exports.nav',
    permission: 'export.request',
  },
  {
    key: 'integrity',
    routeName: 'audit-integrity',
    labelKey: 'integrity.nav',
    permission: 'audit.verify',
  },
];

/**
 * The sections a user sees, in menu order. The page they are on always stays listed: an
 * official reading one agreement's history on the log still sees where they are.
 */
export function visibleAuditSections(
  allows: (permission: Permission) => boolean,
  currentRouteName: unknown = undefined,
): AuditSection[] {
  return AUDIT_SECTIONS.filter(
    (section) => allows(section.permission) || section.routeName === currentRouteName,
  );
}

/** Whether a route belongs to the audit area (the header's Audit entry is active there). */
export function isAuditRoute(routeName: unknown): boolean {
  return AUDIT_SECTIONS.some((section) => section.routeName === routeName);
}
