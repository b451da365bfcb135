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
}

export const NO_APPROVAL_CONTEXT: ApprovalContext = {
  policies: [],
  delegations: [],
  observers: [],
};
