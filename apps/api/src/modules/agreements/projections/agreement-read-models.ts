import { Injectable } from '@nestjs/common';
import type { ExistingAgreementState } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { ApprovalProjection } from '../../approvals/infrastructure/approval.projection.js';
import { AgreementProjection } from './agreement.projection.js';
import { AgreementParticularsProjection } from './agreement-particulars.projection.js';

/**
 * Every read model written from an agreement's folded state. The command runner calls
 * `apply` after each append and the rebuild calls it once per stream, so the live path and
 * a rebuild cannot write different rows. A new read model of the agreement goes here.
 */
@Injectable()
export class AgreementReadModels {
  /**
   * Tables holding nothing but what `apply` writes: a rebuild empties them first. The
   * `agreements` table is not among them: stored content (attachments) references it, so a
   * rebuild overwrites its rows and deletes only those no stream explains.
   */
  static readonly DERIVED_TABLES = ['agreement_particulars', 'agreement_approvals'] as const;

  constructor(
    private readonly agreements: AgreementProjection,
    private readonly particulars: AgreementParticularsProjection,
    private readonly approvals: ApprovalProjection,
  ) {}

  /** Writes the agreement's rows as of `version`, the last event having happened `at`. */
  async apply(
    manager: EntityManager,
    state: ExistingAgreementState,
    version: number,
    at: string,
  ): Promise<void> {
    await this.agreements.apply(manager, state, version, at);
    await this.particulars.apply(manager, state);
    await this.approvals.apply(manager, state, at);
  }
}
