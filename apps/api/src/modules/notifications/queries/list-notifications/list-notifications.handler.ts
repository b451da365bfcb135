import type { NotificationPage, NotificationView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ListNotificationsQuery } from './list-notifications.query.js';

interface NotificationRow {
  id: string;
  kind: NotificationView['kind'];
  subject_type: NotificationView['subject']['type'];
  subject_id: string;
  params: NotificationView['params'];
  created_at: Date;
  read_at: Date | null;
}

/** Reads `notifications` directly; rows the user muted in the app (in_app false) never show. */
@QueryHandler(ListNotificationsQuery)
export class ListNotificationsHandler implements IQueryHandler<ListNotificationsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ userId, paging }: ListNotificationsQuery): Promise<NotificationPage> {
    const { page, pageSize, unreadOnly } = paging;
    const rows = await this.dataSource.query<NotificationRow[]>(
      `SELECT id, kind, subject_type, subject_id, params, created_at, read_at
         FROM notifications
        WHERE recipient_id = $1 AND in_app AND ($2::boolean IS FALSE OR read_at IS NULL)
        ORDER BY created_at DESC, id
        LIMIT $3 OFFSET $4`,
      [userId, unreadOnly, pageSize, (page - 1) * pageSize],
    );
    const unread = await this.dataSource.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM notifications WHERE recipient_id = $1 AND in_app AND read_at IS NULL`,
      [userId],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        subject: { type: row.subject_type, id: row.subject_id },
        params: row.params,
        createdAt: row.created_at.toISOString(),
        readAt: row.read_at?.toISOString() ?? null,
      })),
      total: await this.total(userId, unreadOnly),
      page,
      pageSize,
      unread: Number(unread[0]?.n ?? 0),
    };
  }

  private async total(userId: string, unreadOnly: boolean): Promise<number> {
    const rows = await this.dataSource.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM notifications
        WHERE recipient_id = $1 AND in_app AND ($2::boolean IS FALSE OR read_at IS NULL)`,
      [userId, unreadOnly],
    );
    return Number(rows[0]?.n ?? 0);
  }
}
