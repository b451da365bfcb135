import type { NotificationPreferencesView } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { readPreferences } from '../../queries/get-notification-preferences/get-notification-preferences.handler.js';
import { UpdateNotificationPreferencesCommand } from './update-notification-preferences.command.js';

@CommandHandler(UpdateNotificationPreferencesCommand)
export class UpdateNotificationPreferencesHandler implements ICommandHandler<UpdateNotificationPreferencesCommand> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute({
    userId,
    input,
  }: UpdateNotificationPreferencesCommand): Promise<NotificationPreferencesView> {
    return this.dataSource.transaction(async (manager) => {
      if (input.language !== undefined) {
        await manager.query(`UPDATE users SET language = $2 WHERE id = $1`, [
          userId,
          input.language,
        ]);
      }
      for (const { kind, channel, enabled } of input.preferences ?? []) {
        await manager.query(
          `INSERT INTO notification_preferences (user_id, kind, channel, enabled)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id, kind, channel) DO UPDATE SET enabled = EXCLUDED.enabled`,
          [userId, kind, channel, enabled],
        );
      }
      return readPreferences(manager, userId);
    });
  }
}
