import { Injectable } from '@nestjs/common';
import { type Actor, type AgreementDetailView, capacityToApprove } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { ApprovalContextLoader } from './approval-context.loader.js';
import { approvalOf } from './approval-rows.js';

/** The actions that decide an approval step; offered only to who may decide it now. */
const DECIDING_ACTIONS: ReadonlySet<string> = new Set(['approve', 'reject']);

/**
 * The lifecycle tables offer `approve` and `reject` to every role that may run them; while
 * an approval runs, only the approvers of its current step (or their substitutes) may
 * actually decide. This narrows the caller's allowedActions with the same domain rule the
 * command is decided by, so the UI never offers a button that would be refused.
 */
@Injectable()
export class ApprovalActions {
  constructor(private readonly context: ApprovalContextLoader) {}

  async narrow(
    manager: EntityManager,
    view: AgreementDetailView,
    actor: Actor,
    now: string,
  ): Promise<AgreementDetailView> {
    if (!view.allowedActions.some((action) => DECIDING_ACTIONS.has(action))) return view;
    const row = await approvalOf(manager, view.id);
    if (row === undefined || row.run.outcome !== null) return view;
    const capacity = capacityToApprove(
      row.run,
      actor,
      {
        policies: [],
        delegations: await this.context.delegationsTo(manager, actor.userId),
        observers: await this.context.observers(manager, view.id),
      },
      now,
      row.created_by,
    );
    if (capacity !== null) return view;
    return {
      ...view,
      allowedActions: view.allowedActions.filter((action) => !DECIDING_ACTIONS.has(action)),
    };
  }
}
