import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type ApprovalContext,
  type ApprovalPolicy,
  type Delegation,
  type Role,
  approvalPolicySchema,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { userRefs } from './user-refs.js';

interface PolicyRow {
  agreement_type: string;
  purpose: string;
  steps: unknown;
  reapproval: string;
}

interface DelegationRow {
  id: string;
  delegator_id: string;
  delegator_role: Delegation['delegatorRole'];
  substitute_id: string;
  starts_on: string;
  ends_on: string;
}

/**
 * Reads what decide needs about approvals for one command: the saved policies, the
 * unrevoked delegations naming the actor as substitute, the agreement's observers. The
 * domain decides which delegation covers today; this only fetches.
 */
@Injectable()
export class ApprovalContextLoader {
  /** `approvers`: who decided in the agreement's last approval, whose roles decide may need. */
  async load(
    manager: EntityManager,
    agreementId: string,
    actor: Actor,
    approvers: readonly string[] = [],
  ): Promise<ApprovalContext> {
    return {
      policies: await this.policies(manager),
      delegations: await this.delegationsTo(manager, actor.userId),
      observers: await this.observers(manager, agreementId),
      roles: await this.roles(manager, approvers),
    };
  }

  async policies(manager: EntityManager): Promise<ApprovalPolicy[]> {
    const rows = await manager.query<PolicyRow[]>(
      `SELECT agreement_type, purpose, steps, reapproval FROM approval_policies`,
    );
    return rows.map((row) =>
      approvalPolicySchema.parse({
        agreementType: row.agreement_type,
        purpose: row.purpose,
        steps: row.steps,
        reapproval: row.reapproval,
      }),
    );
  }

  /** The current role of each of these users, by id; unknown ids are left out. */
  async roles(manager: EntityManager, userIds: readonly string[]): Promise<Record<string, Role>> {
    const users = await userRefs(manager, userIds);
    return Object.fromEntries([...users.values()].map((user) => [user.id, user.role]));
  }

  async delegationsTo(manager: EntityManager, substituteId: string): Promise<Delegation[]> {
    const rows = await manager.query<DelegationRow[]>(
      `SELECT d.id, d.delegator_id, u.role AS delegator_role, d.substitute_id,
              to_char(d.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(d.ends_on, 'YYYY-MM-DD') AS ends_on
         FROM delegations d JOIN users u ON u.id = d.delegator_id
        WHERE d.substitute_id = $1 AND d.revoked_at IS NULL`,
      [substituteId],
    );
    return rows.map((row) => ({
      id: row.id,
      delegatorId: row.delegator_id,
      delegatorRole: row.delegator_role,
      substituteId: row.substitute_id,
      from: row.starts_on,
      to: row.ends_on,
    }));
  }

  async observers(manager: EntityManager, agreementId: string): Promise<string[]> {
    const rows = await manager.query<{ user_id: string }[]>(
      `SELECT user_id FROM agreement_observers WHERE agreement_id = $1`,
      [agreementId],
    );
    return rows.map((row) => row.user_id);
  }
}
