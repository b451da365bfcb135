import {
  type AgreementApprovalResponse,
  approvalProgress,
  capacityToApprove,
  countsFor,
  decisionOf,
} from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { readAgreementView } from '../../../agreements/queries/agreement-detail.js';
import { ApprovalContextLoader } from '../../infrastructure/approval-context.loader.js';
import { approvalOf } from '../../infrastructure/approval-rows.js';
import { userOf, userRefs } from '../../infrastructure/user-refs.js';
import { GetAgreementApprovalQuery } from './get-agreement-approval.query.js';

@QueryHandler(GetAgreementApprovalQuery)
export class GetAgreementApprovalHandler implements IQueryHandler<GetAgreementApprovalQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: ApprovalContextLoader,
    private readonly clock: Clock,
  ) {}

  async execute({
    agreementId,
    actor,
  }: GetAgreementApprovalQuery): Promise<AgreementApprovalResponse> {
    const manager = this.dataSource.manager;
    // 404 for an agreement that does not exist, rather than "no approval".
    await readAgreementView(manager, agreementId);
    const observers = await this.context.observers(manager, agreementId);
    const row = await approvalOf(manager, agreementId);
    if (row === undefined) {
      const users = await userRefs(manager, observers);
      return { approval: null, observers: observers.map((id) => userOf(users, id)) };
    }
    const { run } = row;
    const progress = approvalProgress(run);
    const capacity = capacityToApprove(
      run,
      actor,
      {
        policies: [],
        delegations: await this.context.delegationsTo(manager, actor.userId),
        observers,
      },
      this.clock.now().toISOString(),
      row.created_by,
    );
    const users = await userRefs(manager, [
      ...observers,
      ...run.decisions.flatMap((decision) => [decision.decidedBy, countsFor(decision)]),
      ...run.policy.steps.flatMap((step) =>
        step.approvers.kind === 'users' ? step.approvers.userIds : [],
      ),
      ...(capacity?.onBehalfOf ? [capacity.onBehalfOf] : []),
      ...(run.proposal ? [run.proposal.proposedBy] : []),
    ]);
    const current = progress.find((step) => !step.complete)?.index ?? null;
    return {
      approval: {
        purpose: run.purpose,
        outcome: run.outcome,
        startedAt: run.startedAt,
        round: run.round ?? null,
        comparedWithRound: run.comparedWithRound ?? null,
        changedClauses: run.changedClauses ?? null,
        proposal:
          run.proposal === undefined
            ? null
            : {
                ...decisionOf(run.proposal),
                proposedBy: userOf(users, run.proposal.proposedBy),
                proposedAt: run.startedAt,
              },
        steps: progress.map((step) => ({
          index: step.index,
          step: step.step,
          approvers:
            step.step.approvers.kind === 'users'
              ? step.step.approvers.userIds.map((id) => userOf(users, id))
              : [],
          decisions: step.decisions.map((decision) => ({
            decidedBy: userOf(users, decision.decidedBy),
            onBehalfOf: decision.onBehalfOf === null ? null : userOf(users, decision.onBehalfOf),
            comment: decision.comment,
            decidedAt: decision.decidedAt,
            carried: decision.carried === true,
          })),
          remaining: step.remaining,
          complete: step.complete,
          current: run.outcome === null && step.index === current,
          dueAt: step.dueAt,
        })),
        mayDecide: capacity !== null,
        onBehalfOf: capacity?.onBehalfOf ? userOf(users, capacity.onBehalfOf) : null,
      },
      observers: observers.map((id) => userOf(users, id)),
    };
  }
}
