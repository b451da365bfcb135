import { Injectable } from '@nestjs/common';
import { capacityToApprove } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { ApprovalContextLoader } from '../../approvals/infrastructure/approval-context.loader.js';
import { storedTitleLanguages } from '../../agreements/queries/agreement-row.js';
import { pendingApprovals } from '../../approvals/infrastructure/approval-rows.js';
import type { CalendarEntry, CalendarReader, CalendarSource } from '../calendar-source.js';

/** Deadlines of the approval steps the user may decide now (themselves or as substitute). */
@Injectable()
export class ApprovalDeadlinesCalendar implements CalendarSource {
  readonly name = 'approval-deadlines';

  constructor(private readonly context: ApprovalContextLoader) {}

  async entries(
    manager: EntityManager,
    { user }: CalendarReader,
    now: Date,
  ): Promise<CalendarEntry[]> {
    const delegations = await this.context.delegationsTo(manager, user.id);
    const entries: CalendarEntry[] = [];
    for (const row of await pendingApprovals(manager)) {
      const capacity = capacityToApprove(
        row.run,
        { userId: user.id, role: user.role },
        {
          policies: [],
          delegations,
          observers: await this.context.observers(manager, row.agreement_id),
        },
        now.toISOString(),
        row.created_by,
      );
      const dueAt = capacity?.step.dueAt;
      if (capacity === null || dueAt == null) continue;
      entries.push({
        uid: `approval-${row.agreement_id}-${row.run.purpose}-${row.run.startedAt ?? ''}-${capacity.step.index}@concordat`,
        kind: 'approval_due',
        title: row.title,
        titleLanguages: storedTitleLanguages(row),
        at: dueAt,
        agreementId: row.agreement_id,
        step: capacity.step.index + 1,
      });
    }
    return entries;
  }
}
