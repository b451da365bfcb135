import type { AgreementEventView, Role } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { agreementNotFound } from '../agreement-not-found.js';
import { GetAgreementHistoryQuery } from './get-agreement-history.query.js';

interface HistoryRow {
  position: string;
  stream_version: number;
  type: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  actor_id: string;
  actor_name: string;
  actor_email: string;
  actor_role: Role;
  behalf_id: string | null;
  behalf_name: string | null;
  behalf_email: string | null;
  behalf_role: Role | null;
}

@QueryHandler(GetAgreementHistoryQuery)
export class GetAgreementHistoryHandler implements IQueryHandler<GetAgreementHistoryQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ id }: GetAgreementHistoryQuery): Promise<AgreementEventView[]> {
    const rows = await this.dataSource.query<HistoryRow[]>(
      `SELECT e.position::text AS position, e.stream_version, e.type, e.payload, e.occurred_at,
              u.id AS actor_id, u.name AS actor_name, u.email AS actor_email, u.role AS actor_role,
              b.id AS behalf_id, b.name AS behalf_name, b.email AS behalf_email, b.role AS behalf_role
         FROM events e JOIN users u ON u.id = e.actor_id
         LEFT JOIN users b ON b.id::text = e.payload->>'onBehalfOf'
        WHERE e.stream_id = $1
        ORDER BY e.stream_version`,
      [id],
    );
    if (rows.length === 0) throw agreementNotFound(id);
    return rows.map((row) => ({
      position: row.position,
      version: row.stream_version,
      type: row.type,
      data: row.payload,
      actor: {
        id: row.actor_id,
        name: row.actor_name,
        email: row.actor_email,
        role: row.actor_role,
      },
      occurredAt: row.occurred_at.toISOString(),
      ...(row.behalf_id === null
        ? {}
        : {
            onBehalfOf: {
              id: row.behalf_id,
              name: row.behalf_name ?? '',
              email: row.behalf_email ?? '',
              role: row.behalf_role ?? 'auditor',
            },
          }),
    }));
  }
}
