import { Inject, Injectable } from '@nestjs/common';
import {
  type ApprovalStepProgress,
  type UserRef,
  capacityToApprove,
  currentStep,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { storedTitleLanguages } from '../../agreements/queries/agreement-row.js';
import { ApprovalContextLoader } from '../../approvals/infrastructure/approval-context.loader.js';
import {
  type ApprovalRow,
  pendingApprovals,
} from '../../approvals/infrastructure/approval-rows.js';
import {
  NOTIFICATION_SETTINGS,
  type NotificationSettings,
} from '../../notifications/notification-settings.js';
import type { NotificationRequest } from '../../notifications/notify/notification-request.js';
import { isoDay, usersWithRoles } from '../recipients.js';
import type { ReminderSource } from '../reminder-source.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Approval steps near and past their deadline: a day before, the step's approvers are
 * nudged; at the deadline told it is overdue; `escalateAfterDays` later the step goes to
 * the approvers' substitutes (delegations covering today) or, with none, to the admins.
 * The occurrence is the step as it started, so a resubmitted approval reminds afresh.
 */
@Injectable()
export class ApprovalDeadlineReminders implements ReminderSource {
  readonly name = 'approval-deadlines';

  constructor(
    private readonly context: ApprovalContextLoader,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  async due(manager: EntityManager, now: Date): Promise<NotificationRequest[]> {
    const requests: NotificationRequest[] = [];
    for (const row of await pendingApprovals(manager)) {
      const step = currentStep(row.run);
      if (step?.dueAt == null) continue;
      const dueAt = Date.parse(step.dueAt);
      const base = {
        subject: { type: 'agreement' as const, id: row.agreement_id },
        occurrence: `${row.run.purpose}:${row.run.startedAt ?? ''}:step${step.index}`,
        params: {
          title: row.title,
          titleLanguages: storedTitleLanguages(row),
          dueAt: step.dueAt,
          step: step.index + 1,
        },
      };
      if (now.getTime() < dueAt - DAY_MS) continue;
      const approvers = await this.approversOf(manager, row, step, now);
      const ids = approvers.map((user) => user.id);
      if (now.getTime() < dueAt) {
        requests.push({ ...base, kind: 'approval.due_soon', recipientIds: ids });
        continue;
      }
      requests.push({ ...base, kind: 'approval.overdue', recipientIds: ids });
      if (now.getTime() >= dueAt + this.settings.escalateAfterDays * DAY_MS) {
        requests.push({
          ...base,
          kind: 'approval.escalated',
          recipientIds: await this.escalationTargets(manager, ids, now),
          params: {
            ...base.params,
            days: Math.floor((now.getTime() - dueAt) / DAY_MS),
            forName: approvers.map((user) => user.name).join(', '),
          },
        });
      }
    }
    return requests;
  }

  /**
   * Who may decide the step themselves, as the domain's rule says (four eyes, observers,
   * people who already took part): admins stand in for any role but are not nudged.
   */
  private async approversOf(
    manager: EntityManager,
    row: ApprovalRow,
    step: ApprovalStepProgress,
    now: Date,
  ): Promise<UserRef[]> {
    const approvers = step.step.approvers;
    const candidates =
      approvers.kind === 'users'
        ? await manager.query<UserRef[]>(
            `SELECT id, name, email, role FROM users WHERE id = ANY($1::uuid[]) AND NOT is_system`,
            [approvers.userIds],
          )
        : await usersWithRoles(manager, [approvers.role]);
    const observers = await this.context.observers(manager, row.agreement_id);
    return candidates.filter(
      (user) =>
        capacityToApprove(
          row.run,
          { userId: user.id, role: user.role },
          { policies: [], delegations: [], observers },
          now.toISOString(),
          row.created_by,
        ) !== null,
    );
  }

  private async escalationTargets(
    manager: EntityManager,
    approverIds: string[],
    now: Date,
  ): Promise<string[]> {
    const substitutes = await manager.query<Array<{ substitute_id: string }>>(
      `SELECT DISTINCT substitute_id FROM delegations
        WHERE delegator_id = ANY($1::uuid[]) AND revoked_at IS NULL
          AND starts_on <= $2::date AND ends_on >= $2::date`,
      [approverIds, isoDay(now)],
    );
    if (substitutes.length > 0) return substitutes.map((row) => row.substitute_id);
    return (await usersWithRoles(manager, ['admin'])).map((user) => user.id);
  }
}
