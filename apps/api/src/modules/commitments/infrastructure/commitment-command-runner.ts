import { Injectable } from '@nestjs/common';
import {
  type CommitmentCommand,
  type CommitmentCommandMetadata,
  type CommitmentState,
  decideCommitment,
  evolveCommitment,
  foldCommitment,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { EventStore } from '../../../platform/event-store/event-store.js';
import { ApiError, ApiErrorCode } from '../../../platform/problem/api-error.js';
import { CommitmentProjection } from '../projections/commitment.projection.js';
import { loadAgreementFacts } from './agreement-facts.loader.js';
import { toCommitmentEvent } from './commitment-event.codec.js';
import { CommitmentStaleVersionError } from './commitment-stale-version.error.js';

export interface CommitmentOutcome {
  commitmentId: string;
  version: number;
}

/**
 * The path of every commitment command, in the caller's transaction: load the stream,
 * fold it, let the domain decide (with the agreement's facts), append with the version
 * read, update the read models. A refused command throws before anything is written.
 */
@Injectable()
export class CommitmentCommandRunner {
  constructor(
    private readonly eventStore: EventStore,
    private readonly projection: CommitmentProjection,
  ) {}

  async runIn(
    manager: EntityManager,
    commitmentId: string,
    command: CommitmentCommand,
    metadata: Omit<CommitmentCommandMetadata, 'agreement'>,
    expectedVersion?: number,
  ): Promise<CommitmentOutcome> {
    const history = await this.eventStore.readStream(manager, commitmentId);
    if (expectedVersion !== undefined && history.length > 0 && expectedVersion !== history.length) {
      throw new CommitmentStaleVersionError(commitmentId, expectedVersion, history.length);
    }
    const state = foldCommitment(history.map(toCommitmentEvent));
    await requireKnownOwner(manager, command);
    const agreementId = agreementOf(command, state);
    const agreement =
      agreementId === null ? undefined : await loadAgreementFacts(manager, agreementId);
    const events = decideCommitment(command, state, { ...metadata, agreement });
    if (events.length === 0) return { commitmentId, version: history.length };

    const version = await this.eventStore.append(
      manager,
      commitmentId,
      history.length,
      events,
      metadata.actor.userId,
      metadata.now,
    );
    const next = events.reduce(evolveCommitment, state);
    if (next.status === 'none') throw new Error(`${command.type} left no commitment`);
    await this.projection.apply(manager, {
      events,
      state: next,
      version,
      at: metadata.now,
      actorId: metadata.actor.userId,
    });
    return { commitmentId, version };
  }
}

/**
 * The owner must be a user: a 400 naming `ownerId`, rather than the foreign key failing
 * (or a non-UUID failing the cast) when the row is written.
 */
async function requireKnownOwner(manager: EntityManager, command: CommitmentCommand) {
  if (command.type !== 'PlanCommitment' && command.type !== 'EditCommitment') return;
  const ownerId = command.data.ownerId;
  if (ownerId === undefined) return;
  const rows = await manager.query<unknown[]>(`SELECT 1 FROM users WHERE id::text = lower($1)`, [
    ownerId,
  ]);
  if (rows.length === 0) {
    throw new ApiError(ApiErrorCode.ValidationFailed, 'The request has invalid fields.', [
      { field: 'ownerId', message: 'is not a user' },
    ]);
  }
}

/** Planning and editing are decided against the agreement; occurrence commands are not. */
function agreementOf(command: CommitmentCommand, state: CommitmentState): string | null {
  if (command.type === 'PlanCommitment') return command.data.agreementId;
  if (command.type === 'EditCommitment' && state.status !== 'none') return state.agreementId;
  return null;
}
