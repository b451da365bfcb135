import type { UserRef } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { readAgreementView } from '../../../agreements/queries/agreement-detail.js';
import { observersStreamName, streamIdFor } from '../../infrastructure/stream-ids.js';
import { requireUsers, userOf } from '../../infrastructure/user-refs.js';
import { SetObserversCommand } from './set-observers.command.js';

/** Replaces the observers and records the new list in the agreement's observer stream. */
@CommandHandler(SetObserversCommand)
export class SetObserversHandler implements ICommandHandler<SetObserversCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventStore: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ agreementId, userIds, actor }: SetObserversCommand): Promise<UserRef[]> {
    const now = this.clock.now().toISOString();
    const unique = [...new Set(userIds)];
    return this.dataSource.transaction(async (manager) => {
      await readAgreementView(manager, agreementId);
      const users = await requireUsers(
        manager,
        unique.map((id, index) => ({ id, field: `userIds.${index}` })),
      );
      const streamId = streamIdFor(observersStreamName(agreementId));
      const history = await this.eventStore.readStream(manager, streamId);
      await this.eventStore.append(
        manager,
        streamId,
        history.length,
        [{ type: 'AgreementObserversChanged', data: { agreementId, userIds: unique } }],
        actor.userId,
        now,
      );
      await manager.query(`DELETE FROM agreement_observers WHERE agreement_id = $1`, [agreementId]);
      if (unique.length > 0) {
        await manager.query(
          `INSERT INTO agreement_observers (agreement_id, user_id) SELECT $1, unnest($2::uuid[])`,
          [agreementId, unique],
        );
      }
      return unique.map((id) => userOf(users, id));
    });
  }
}
