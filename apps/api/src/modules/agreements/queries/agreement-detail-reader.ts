import { Injectable } from '@nestjs/common';
import type { Actor, AgreementDetailView } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../../platform/clock/clock.js';
import { ApprovalActions } from '../../approvals/infrastructure/approval-actions.js';
import { readAgreementDetail } from './agreement-detail.js';

/**
 * The agreement as every route answers it: the view, its text and amendments, and the
 * actions `actor` may take now, narrowed to the approval steps they may actually decide.
 * One place, so a query and every command's answer offer the same actions.
 */
@Injectable()
export class AgreementDetailReader {
  constructor(
    private readonly approvalActions: ApprovalActions,
    private readonly clock: Clock,
  ) {}

  async read(manager: EntityManager, id: string, actor: Actor): Promise<AgreementDetailView> {
    const view = await readAgreementDetail(manager, id, actor);
    return this.approvalActions.narrow(manager, view, actor, this.clock.now().toISOString());
  }
}
