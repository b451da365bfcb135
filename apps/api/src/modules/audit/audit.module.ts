import { type DynamicModule, Logger, Module } from '@nestjs/common';
import {
  CheckpointSigner,
  loadCheckpointSigner,
  type SigningKeySource,
} from '../../platform/event-store/signing-key.js';
import { CommandBus } from '@nestjs/cqrs';
import { JobQueue } from '../../platform/jobs/job-queue.js';
import { AuditVerificationsController } from './audit-verifications.controller.js';
import { AuditController } from './audit.controller.js';
import { StartVerificationHandler } from './commands/start-verification/start-verification.handler.js';
import { VerifyEventLogJob } from './jobs/verify-event-log.job.js';
import { GetVerificationHandler } from './queries/get-verification/get-verification.handler.js';
import { AuditEventsController } from './audit-events.controller.js';
import { CreateCheckpointHandler } from './commands/create-checkpoint/create-checkpoint.handler.js';
import { CheckpointEventLogJob } from './jobs/checkpoint-event-log.job.js';
import { VerifyEventLogHandler } from './queries/verify-event-log/verify-event-log.handler.js';
import { SearchEventsCsvHandler } from './queries/search-events/search-events-csv.handler.js';
import { SearchEventsHandler } from './queries/search-events/search-events.handler.js';
import { ListAuditActorsHandler } from './queries/list-audit-actors/list-audit-actors.handler.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({})
export class AuditModule {
  static register(source: SigningKeySource & { checkpointCron: string }): DynamicModule {
    return {
      module: AuditModule,
      // Global for its signer: exports name the checkpoint key in their manifests.
      global: true,
      controllers: [AuditController, AuditVerificationsController, AuditEventsController],
      providers: [
        {
          provide: CheckpointSigner,
          useFactory: () => {
            const signer = loadCheckpointSigner(source);
            new Logger('Audit').log(
              `Checkpoints are signed with Ed25519 key ${signer.keyId.slice(0, 16)}… (${signer.origin})`,
            );
            return signer;
          },
        },
        VerifyEventLogHandler,
        SearchEventsHandler,
        SearchEventsCsvHandler,
        ListAuditActorsHandler,
        CreateCheckpointHandler,
        StartVerificationHandler,
        GetVerificationHandler,
        VerifyEventLogJob,
        {
          provide: CheckpointEventLogJob,
          inject: [JobQueue, CommandBus],
          useFactory: (jobs: JobQueue, commands: CommandBus) =>
            new CheckpointEventLogJob(jobs, commands, source.checkpointCron),
        },
      ],
      exports: [CheckpointSigner],
    };
  }
}
