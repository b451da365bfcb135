import { Injectable } from '@nestjs/common';
import {
  type AgreementCommand,
  type AgreementState,
  type CommandMetadata,
  decide,
  evolve,
  foldAgreement,
  participants,
  type ApprovalRun,
} from '@concordat/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EventStore } from '../../../platform/event-store/event-store.js';
import { AgreementReadModels } from '../projections/agreement-read-models.js';
import { toAgreementEvent } from './agreement-event.codec.js';
import { managersFor } from './review-managers.js';
import { StaleVersionError } from './stale-version.error.js';
import { NotifyReviewAssignee } from '../reactions/notify-review-assignee.reaction.js';
import { ApprovalContextLoader } from '../../approvals/infrastructure/approval-context.loader.js';

function participantsOf(run: ApprovalRun | undefined): string[] {
  return run === undefined ? [] : [...participants(run)];
}

export interface CommandOutcome {
  agreementId: string;
  /** The stream version after the command: the new ETag. */
  version: number;
}

/** The command to run, or how to build it from the agreement as it stands. */
export type CommandSource = AgreementCommand | ((state: AgreementState) => AgreementCommand);

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
    private readonly readModels: AgreementReadModels,
    private readonly approvalContext: ApprovalContextLoader,
    private readonly reviewAssignee: NotifyReviewAssignee,
  ) {}

  run(
    agreementId: string,
    command: CommandSource,
    metadata: CommandMetadata,
    expectedVersion?: number,
  ): Promise<CommandOutcome> {
    return this.dataSource.transaction((manager) =>
      this.runIn(manager, agreementId, command, metadata, expectedVersion),
    );
  }

  /** As `run`, inside a transaction the caller opened (to write more in the same commit). */
  async runIn(
    manager: EntityManager,
    agreementId: string,
    source: CommandSource,
    metadata: CommandMetadata,
    expectedVersion?: number,
  ): Promise<CommandOutcome> {
    const history = await this.eventStore.readStream(manager, agreementId);
    // With no history there is nothing to be stale against: decide answers "not found".
    if (expectedVersion !== undefined && history.length > 0 && expectedVersion !== history.length) {
      throw new StaleVersionError(agreementId, expectedVersion, history.length);
    }
    const state = foldAgreement(history.map(toAgreementEvent));
    const command = typeof source === 'function' ? source(state) : source;
    // Only a clearance asked again may carry earlier approvals over, and only then does
    // decide need their deciders' current roles: no users query on every other command.
    const approvers =
      state.status === 'none' || command.type !== 'RequestClearanceToSign'
        ? []
        : participantsOf(state.approval);
    const approvals =
      metadata.approvals ??
      (await this.approvalContext.load(manager, agreementId, metadata.actor, approvers));
    const managers = metadata.managers ?? (await managersFor(manager, command));
    const events = decide(command, state, {
      ...metadata,
      approvals,
      ...(managers === undefined ? {} : { managers }),
    });
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
    await this.readModels.apply(manager, {
      events,
      state: next,
      version,
      at: metadata.now,
      actorId: metadata.actor.userId,
    });
    await this.reviewAssignee.after(manager, events, next, version, metadata.now);
    return { agreementId, version };
  }
}
