import { Injectable } from '@nestjs/common';
import type { AgreementEvent, ExistingAgreementState } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { ApprovalProjection } from '../../approvals/infrastructure/approval.projection.js';
import { AgreementTextProjection } from '../text/projections/agreement-text.projection.js';
import { AgreementProjection } from './agreement.projection.js';
import { AgreementParticularsProjection } from './agreement-particulars.projection.js';
import { AgreementAmendmentsProjection } from './agreement-amendments.projection.js';

/** What one command did to an agreement: its events, and the agreement after them. */
export interface AgreementChange {
  events: readonly AgreementEvent[];
  state: ExistingAgreementState;
  /** The stream version after the events. */
  version: number;
  /** When they happened and who did it. */
  at: string;
  actorId: string;
}

/**
 * Every read model of an agreement. The command runner calls `apply` after each append and
 * the rebuild calls the same two halves, so the live path and a rebuild cannot write
 * different rows. A new read model of the agreement goes here.
 */
@Injectable()
export class AgreementReadModels {
  /**
   * Tables holding nothing but what this class writes: a rebuild empties them first. The
   * `agreements` table is not among them: stored content (attachments) references it, so a
   * rebuild overwrites its rows and deletes only those no stream explains.
   */
  static readonly DERIVED_TABLES = [
    'agreement_particulars',
    'agreement_approvals',
    'agreement_clause_reviews',
    'agreement_text_versions',
    'agreement_amendments',
  ] as const;

  constructor(
    private readonly agreements: AgreementProjection,
    private readonly particulars: AgreementParticularsProjection,
    private readonly approvals: ApprovalProjection,
    private readonly text: AgreementTextProjection,
    private readonly amendments: AgreementAmendmentsProjection,
  ) {}

  async apply(manager: EntityManager, change: AgreementChange): Promise<void> {
    await this.applyState(manager, change.state, change.version, change.at);
    await this.applyEvents(manager, change);
  }

  /** The rows that are a function of the folded agreement alone (the last write wins). */
  async applyState(
    manager: EntityManager,
    state: ExistingAgreementState,
    version: number,
    at: string,
  ): Promise<void> {
    await this.agreements.apply(manager, state, version, at);
    await this.particulars.apply(manager, state);
    await this.approvals.apply(manager, state, at);
    await this.amendments.apply(manager, state);
  }

  /** The rows that record each event (text versions and clause reviews, with who and when). */
  async applyEvents(manager: EntityManager, change: AgreementChange): Promise<void> {
    await this.text.apply(manager, change.events, change.state, change.actorId, change.at);
  }
}
