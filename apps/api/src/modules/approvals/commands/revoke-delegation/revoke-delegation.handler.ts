import type { DelegationView } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import { readDelegations } from '../../infrastructure/delegation-rows.js';
import { RevokeDelegationCommand } from './revoke-delegation.command.js';

@CommandHandler(RevokeDelegationCommand)
export class RevokeDelegationHandler implements ICommandHandler<RevokeDelegationCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventStore: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ id, actor }: RevokeDelegationCommand): Promise<DelegationView> {
    const now = this.clock.now().toISOString();
    return this.dataSource.transaction(async (manager) => {
      const [delegation] = await readDelegations(manager, 'id = $1', [id]);
      if (delegation === undefined) {
        throw new ApiError(ApiErrorCode.NotFound, `There is no delegation ${id}.`);
      }
      if (delegation.delegator.id !== actor.userId && actor.role !== 'admin') {
        throw new ApiError(
          ApiErrorCode.PermissionDenied,
          'Only the delegator or an admin may revoke a delegation.',
        );
      }
      // Revoking twice changes nothing and records nothing.
      if (delegation.revokedAt !== null) return delegation;
      const history = await this.eventStore.readStream(manager, id);
      await this.eventStore.append(
        manager,
        id,
        history.length,
        [{ type: 'DelegationRevoked', data: { delegationId: id } }],
        actor.userId,
        now,
      );
      await manager.query(`UPDATE delegations SET revoked_at = $2 WHERE id = $1`, [id, now]);
      return { ...delegation, revokedAt: now };
    });
  }
}
