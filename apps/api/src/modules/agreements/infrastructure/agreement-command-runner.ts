import { Injectable } from '@nestjs/common';
import {
  type AgreementCommand,
  type CommandMetadata,
  decide,
  evolve,
  foldAgreement,
} from '@concordat/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConcurrencyConflictError } from '../../../platform/event-store/concurrency-conflict.error.js';
import { EventStore } from '../../../platform/event-store/event-store.js';
import { AgreementProjection } from '../projections/agreement.projection.js';
import { toAgreementEvent } from './agreement-event.codec.js';

export interface CommandOutcome {
  agreementId: string;
  /** The stream version after the command: the new ETag. */
  version: number;
}

/**
 * The path of every agreement command, in one transaction: load the stream, fold it,
 * let the domain decide, append with the version we read, update the read model. No
 * business rule lives here; a refused command throws before anything is written.
 */
@Injectable()
export class AgreementCommandRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventStore: EventStore,
    private readonly projection: AgreementProjection,
  ) {}

  run(
    agreementId: string,
    command: AgreementCommand,
    metadata: CommandMetadata,
    expectedVersion?: number,
  ): Promise<CommandOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const history = await this.eventStore.readStream(manager, agreementId);
      if (expectedVersion !== undefined && expectedVersion !== history.length) {
        throw new ConcurrencyConflictError(agreementId, expectedVersion);
      }
      const state = foldAgreement(history.map(toAgreementEvent));
      const events = decide(command, state, metadata);
      if (events.length === 0) return { agreementId, version: history.length };

      const version = await this.eventStore.append(
        manager,
        agreementId,
        history.length,
        events,
        metadata.actor.userId,
        metadata.now,
      );
      const next = events.reduce(evolve, state);
      if (next.status === 'none')
        throw new Error(`${command.type} left agreement ${agreementId} without a state`);
      await this.projection.apply(manager, next, version, metadata.now);
      return { agreementId, version };
    });
  }
}
