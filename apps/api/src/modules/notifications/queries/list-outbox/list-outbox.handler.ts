import type { OutboxMessageView, Page } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ListOutboxQuery } from './list-outbox.query.js';

interface OutboxRow {
  id: string;
  notification_id: string;
  to_address: string;
  language: OutboxMessageView['language'];
  subject: string;
  body: string;
  state: OutboxMessageView['state'];
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

@QueryHandler(ListOutboxQuery)
export class ListOutboxHandler implements IQueryHandler<ListOutboxQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ page, pageSize }: ListOutboxQuery): Promise<Page<OutboxMessageView>> {
    const rows = await this.dataSource.query<OutboxRow[]>(
      `SELECT id, notification_id, to_address, language, subject, body, state, attempts,
              last_error, created_at, sent_at
         FROM outbox_messages ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize],
    );
    const count = await this.dataSource.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM outbox_messages`,
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        notificationId: row.notification_id,
        to: row.to_address,
        language: row.language,
        subject: row.subject,
        body: row.body,
        state: row.state,
        attempts: row.attempts,
        lastError: row.last_error,
        createdAt: row.created_at.toISOString(),
        sentAt: row.sent_at?.toISOString() ?? null,
      })),
      total: Number(count[0]?.n ?? 0),
      page,
      pageSize,
    };
  }
}
