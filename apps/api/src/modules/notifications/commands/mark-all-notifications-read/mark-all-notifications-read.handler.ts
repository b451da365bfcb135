import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { MarkAllNotificationsReadCommand } from './mark-all-notifications-read.command.js';

@CommandHandler(MarkAllNotificationsReadCommand)
export class MarkAllNotificationsReadHandler implements ICommandHandler<MarkAllNotificationsReadCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ userId }: MarkAllNotificationsReadCommand): Promise<{ marked: number }> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `WITH marked AS (
         UPDATE notifications SET read_at = $2
          WHERE recipient_id = $1 AND in_app AND read_at IS NULL RETURNING id)
       SELECT id FROM marked`,
      [userId, this.clock.now()],
    );
    return { marked: rows.length };
  }
}
