import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import { MarkNotificationReadCommand } from './mark-notification-read.command.js';

/** Someone else's notification answers 404, as if it did not exist. */
@CommandHandler(MarkNotificationReadCommand)
export class MarkNotificationReadHandler implements ICommandHandler<MarkNotificationReadCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ userId, notificationId }: MarkNotificationReadCommand): Promise<void> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count], not rows.
      `WITH marked AS (
         UPDATE notifications SET read_at = COALESCE(read_at, $3)
          WHERE id = $1 AND recipient_id = $2 AND in_app RETURNING id)
       SELECT id FROM marked`,
      [notificationId, userId, this.clock.now()],
    );
    if (rows.length === 0) {
      throw new ApiError(ApiErrorCode.NotFound, `No notification ${notificationId} for you.`);
    }
  }
}
