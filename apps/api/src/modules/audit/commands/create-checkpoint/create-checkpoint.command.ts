import { Command } from '@nestjs/cqrs';
import type { Checkpoint } from '../../../../platform/event-store/checkpoint.js';

/** Sign the event log's chain heads as they stand now. */
export class CreateCheckpointCommand extends Command<Checkpoint> {}
