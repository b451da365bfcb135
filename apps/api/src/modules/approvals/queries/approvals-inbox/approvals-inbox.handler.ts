import { type ApprovalInboxItem, type ApprovalRun, capacityToApprove } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { ApprovalContextLoader } from '../../infrastructure/approval-context.loader.js';
import { pendingApprovals } from '../../infrastructure/approval-rows.js';
import { userOf, userRefs } from '../../infrastructure/user-refs.js';
import { ApprovalsInboxQuery } from './approvals-inbox.query.js';
import { storedTitleLanguages } from '../../../agreements/queries/agreement-row.js';

function changesOf(run: ApprovalRun): ApprovalInboxItem['changes'] {
  const { comparedWithRound, round, changedClauses } = run;
  if (comparedWithRound === undefined || round === undefined || !changedClauses?.length) {
    return null;
  }
  return { fromRound: comparedWithRound, toRound: round, clauses: changedClauses };
}

/**
 * Reads the pending approvals from their projection and keeps those the domain says the
 * caller may approve now (directly or as a substitute), so the inbox offers exactly what
 * `approve` would accept.
 */
@QueryHandler(ApprovalsInboxQuery)
export class ApprovalsInboxHandler implements IQueryHandler<ApprovalsInboxQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: ApprovalContextLoader,
    private readonly clock: Clock,
  ) {}

  async execute({ actor }: ApprovalsInboxQuery): Promise<ApprovalInboxItem[]> {
    const manager = this.dataSource.manager;
    const now = this.clock.now().toISOString();
    const delegations = await this.context.delegationsTo(manager, actor.userId);
    const items: Array<Omit<ApprovalInboxItem, 'onBehalfOf'> & { onBehalfOfId: string | null }> =
      [];
    for (const row of await pendingApprovals(manager)) {
      const observers = await this.context.observers(manager, row.agreement_id);
      const capacity = capacityToApprove(
        row.run,
        actor,
        { policies: [], delegations, observers },
        now,
        row.created_by,
      );
      if (capacity === null) continue;
      const dueAt = row.due_at?.toISOString() ?? null;
      items.push({
        agreementId: row.agreement_id,
        title: row.title,
        titleLanguages: storedTitleLanguages(row),
        type: row.type,
        version: row.version,
        purpose: row.run.purpose,
        amendment: row.amendment,
        step: capacity.step.index,
        stepCount: row.run.policy.steps.length,
        dueAt,
        overdue: dueAt !== null && dueAt < now,
        onBehalfOfId: capacity.onBehalfOf,
        changes: changesOf(row.run),
        decision: row.run.proposal?.decision ?? null,
      });
    }
    const users = await userRefs(
      manager,
      items.flatMap((item) => (item.onBehalfOfId === null ? [] : [item.onBehalfOfId])),
    );
    return items.map(({ onBehalfOfId, ...item }) => ({
      ...item,
      onBehalfOf: onBehalfOfId === null ? null : userOf(users, onBehalfOfId),
    }));
  }
}
