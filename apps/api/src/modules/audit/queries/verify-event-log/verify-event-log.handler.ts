import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type VerificationReport,
  verifyEventLog,
} from '../../../../platform/event-store/event-log-verifier.js';
import { CheckpointSigner } from '../../../../platform/event-store/signing-key.js';
import { VerifyEventLogQuery } from './verify-event-log.query.js';

@QueryHandler(VerifyEventLogQuery)
export class VerifyEventLogHandler implements IQueryHandler<VerifyEventLogQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signer: CheckpointSigner,
  ) {}

  /**
   * One snapshot for the whole check (REPEATABLE READ), so commands committing meanwhile
   * are neither half-seen nor mistaken for events written behind the store's back.
   */
  execute(): Promise<VerificationReport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return verifyEventLog(manager, this.signer);
    });
  }
}
