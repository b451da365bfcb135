import { randomUUID } from 'node:crypto';
import type { DelegationView } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import { readDelegations } from '../../infrastructure/delegation-rows.js';
import { requireUsers } from '../../infrastructure/user-refs.js';
import { GrantDelegationCommand } from './grant-delegation.command.js';

/** Records the delegation in its own stream and in the delegations table, in one transaction. */
@CommandHandler(GrantDelegationCommand)
export class GrantDelegationHandler implements ICommandHandler<GrantDelegationCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventStore: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ input, actor }: GrantDelegationCommand): Promise<DelegationView> {
    if (input.substituteId === actor.userId) {
      throw new ApiError(ApiErrorCode.ValidationFailed, 'You cannot be your own substitute.', [
        { field: 'substituteId', message: 'must be someone else' },
      ]);
    }
    const now = this.clock.now().toISOString();
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      await requireUsers(manager, [{ id: input.substituteId, field: 'substituteId' }]);
      await this.eventStore.append(
        manager,
        id,
        0,
        [
          {
            type: 'DelegationGranted',
            data: {
              delegationId: id,
              delegatorId: actor.userId,
              substituteId: input.substituteId,
              from: input.from,
              to: input.to,
            },
          },
        ],
        actor.userId,
        now,
      );
      await manager.query(
        `INSERT INTO delegations (id, delegator_id, substitute_id, starts_on, ends_on, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, actor.userId, input.substituteId, input.from, input.to, now],
      );
      const [view] = await readDelegations(manager, 'id = $1', [id]);
      if (view === undefined) throw new Error(`delegation ${id} was not stored`);
      return view;
    });
  }
}
