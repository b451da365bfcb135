import {
  type ApprovalPolicyView,
  approvalPolicyViolation,
  namedApprovers,
} from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { policyStreamName, streamIdFor } from '../../infrastructure/stream-ids.js';
import { requireUsers, userOf, userRefs } from '../../infrastructure/user-refs.js';
import { SaveApprovalPolicyCommand } from './save-approval-policy.command.js';

/**
 * Saves a policy and records the change in its own stream of the log, in one transaction.
 * Approvals already running keep the snapshot they started with.
 */
@CommandHandler(SaveApprovalPolicyCommand)
export class SaveApprovalPolicyHandler implements ICommandHandler<SaveApprovalPolicyCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventStore: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({
    agreementType,
    purpose,
    input,
    actor,
  }: SaveApprovalPolicyCommand): Promise<ApprovalPolicyView> {
    const now = this.clock.now().toISOString();
    const reapproval = input.reapproval ?? 'all';
    return this.dataSource.transaction(async (manager) => {
      // Each named approver's role as it stands when the policy is saved.
      const named = await userRefs(manager, namedApprovers(input));
      const roles = new Map([...named.values()].map((user) => [user.id, user.role]));
      const violation = approvalPolicyViolation(purpose, input, roles);
      if (violation !== null) throw violation;
      const streamId = streamIdFor(policyStreamName(agreementType, purpose));
      const history = await this.eventStore.readStream(manager, streamId);
      const revision = history.length + 1;
      await this.eventStore.append(
        manager,
        streamId,
        history.length,
        [
          {
            type: 'ApprovalPolicyChanged',
            data: { agreementType, purpose, steps: input.steps, reapproval, revision },
          },
        ],
        actor.userId,
        now,
      );
      await manager.query(
        `INSERT INTO approval_policies (agreement_type, purpose, steps, reapproval, revision, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (agreement_type, purpose) DO UPDATE SET
           steps = EXCLUDED.steps, reapproval = EXCLUDED.reapproval, revision = EXCLUDED.revision,
           updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
        [
          agreementType,
          purpose,
          JSON.stringify(input.steps),
          reapproval,
          revision,
          now,
          actor.userId,
        ],
      );
      const users = await requireUsers(manager, [{ id: actor.userId, field: 'actor' }]);
      return {
        agreementType,
        purpose,
        steps: input.steps,
        reapproval,
        revision,
        updatedAt: now,
        updatedBy: userOf(users, actor.userId),
      };
    });
  }
}
