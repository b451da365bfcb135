import type { CommitmentDetailView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { todayBy } from '../../commitment-id.js';
import { CommitmentDetailReader } from '../commitment-detail-reader.js';
import { GetCommitmentQuery } from './get-commitment.query.js';

@QueryHandler(GetCommitmentQuery)
export class GetCommitmentHandler implements IQueryHandler<GetCommitmentQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CommitmentDetailReader,
    private readonly clock: Clock,
  ) {}

  execute({ commitmentId, actor }: GetCommitmentQuery): Promise<CommitmentDetailView> {
    return this.reader.read(this.dataSource.manager, commitmentId, actor, todayBy(this.clock));
  }
}
