import type { DelegationView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { readDelegations } from '../../infrastructure/delegation-rows.js';
import { ListDelegationsQuery } from './list-delegations.query.js';

@QueryHandler(ListDelegationsQuery)
export class ListDelegationsHandler implements IQueryHandler<ListDelegationsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute({ actor }: ListDelegationsQuery): Promise<DelegationView[]> {
    if (actor.role === 'admin') return readDelegations(this.dataSource.manager, 'true', []);
    return readDelegations(this.dataSource.manager, '(delegator_id = $1 OR substitute_id = $1)', [
      actor.userId,
    ]);
  }
}
