import type { UserRef } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ListPeopleQuery } from './list-people.query.js';

@QueryHandler(ListPeopleQuery)
export class ListPeopleHandler implements IQueryHandler<ListPeopleQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute(): Promise<UserRef[]> {
    return this.dataSource.query<UserRef[]>(
      `SELECT id, name, email, role FROM users WHERE NOT is_system ORDER BY name, email`,
    );
  }
}
