import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { type Checkpoint, createCheckpoint } from '../../../../platform/event-store/checkpoint.js';
import { CheckpointSigner } from '../../../../platform/event-store/signing-key.js';
import { CreateCheckpointCommand } from './create-checkpoint.command.js';

@CommandHandler(CreateCheckpointCommand)
export class CreateCheckpointHandler implements ICommandHandler<CreateCheckpointCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signer: CheckpointSigner,
    private readonly clock: Clock,
  ) {}

  execute(): Promise<Checkpoint> {
    return this.dataSource.transaction((manager) =>
      createCheckpoint(manager, this.signer, this.clock.now()),
    );
  }
}
