import type { Role } from '../auth/roles.js';
import type { ApprovalPolicy } from './approval-policy.js';
import type { Delegation } from './delegation.js';

/**
 * What decide needs to know about approvals beyond the agreement's own events: the
 * policies admins saved, the delegations naming the actor as substitute, and the
 * agreement's observers. The api loads it with the command; without it, the default
 * policy applies and nobody stands in for anyone.
 */
export interface ApprovalContext {
  policies: readonly ApprovalPolicy[];
  delegations: readonly Delegation[];
  observers: readonly string[];
  /**
   * The current role of each approver of the agreement's last approval (by user id), so a
   * new clearance carries an earlier approval only for someone still eligible. A user
   * missing here (deleted, or a context built without it) carries nothing.
   */
  roles?: Readonly<Record<string, Role>>;
}

export const NO_APPROVAL_CONTEXT: ApprovalContext = {
  policies: [],
  delegations: [],
  observers: [],
};
