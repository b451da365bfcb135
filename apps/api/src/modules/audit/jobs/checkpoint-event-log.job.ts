import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { JobQueue } from '../../../platform/jobs/job-queue.js';
import { CreateCheckpointCommand } from '../commands/create-checkpoint/create-checkpoint.command.js';

export const CHECKPOINT_JOB = 'event-log.checkpoint';

/**
 * Signs the chain heads periodically, so that a rewrite of the log after the last
 * checkpoint is the most anyone could hide (docs/integrity.md).
 */
@Injectable()
export class CheckpointEventLogJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly commands: CommandBus,
    private readonly cron: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule({
      name: CHECKPOINT_JOB,
      cron: this.cron,
      run: () => this.commands.execute(new CreateCheckpointCommand()),
    });
  }
}
