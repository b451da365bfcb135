import type { Role } from './roles.js';

/**
 * Who may do what. The api guards routes with it, the UI hides what a user cannot do,
 * and the docs list it: never restate it elsewhere.
 */
export const PERMISSIONS = {
  'agreement.read': ['official', 'legal', 'manager', 'auditor', 'admin'],
  'agreement.create': ['official', 'legal', 'manager', 'admin'],
  'agreement.edit': ['official', 'legal', 'manager', 'admin'],
  'agreement.history.read': ['official', 'legal', 'manager', 'auditor', 'admin'],
  /** Searching the whole audit log; others read an agreement's history from its page. */
  'audit.read': ['auditor', 'admin'],
  'audit.verify': ['auditor', 'admin'],
  'audit.checkpoint': ['admin'],
  /** Exports of any part of the log; others export one agreement's history (export.request). */
  'audit.export': ['auditor', 'admin'],
  /** Background exports, limited to one agreement (filters.agreementId) without audit.export. */
  'export.request': ['official', 'legal', 'manager', 'auditor', 'admin'],
  'approval-policy.read': ['official', 'legal', 'manager', 'auditor', 'admin'],
  'approval-policy.edit': ['admin'],
  /** Deciding approvals, the inbox, naming substitutes and observers. */
  'approval.participate': ['official', 'legal', 'manager', 'admin'],
  /** Changing commitments is COMMITMENT_COMMAND_PERMISSIONS' business (managers own them). */
  'commitment.read': ['official', 'legal', 'manager', 'auditor', 'admin'],
  /** The managers' dashboard and its calendar: counts of what the two lists above hold. */
  'dashboard.read': ['official', 'legal', 'manager', 'auditor', 'admin'],
  /** The mail the app wrote for notifications (without SMTP, the demo's only mailbox). */
  'outbox.read': ['admin'],
  /** Prometheus metrics (/api/metrics); scrapers use CONCORDAT_METRICS_TOKEN instead. */
  'metrics.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
