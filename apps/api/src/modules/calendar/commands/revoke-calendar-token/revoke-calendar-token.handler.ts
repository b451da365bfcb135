import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RevokeCalendarTokenCommand } from './revoke-calendar-token.command.js';

@CommandHandler(RevokeCalendarTokenCommand)
export class RevokeCalendarTokenHandler implements ICommandHandler<RevokeCalendarTokenCommand> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ userId }: RevokeCalendarTokenCommand): Promise<void> {
    await this.dataSource.query(`DELETE FROM calendar_tokens WHERE user_id = $1`, [userId]);
  }
}
