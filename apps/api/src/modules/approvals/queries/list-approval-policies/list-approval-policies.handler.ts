import {
  AGREEMENT_TYPES,
  APPROVAL_PURPOSES,
  type ApprovalPolicyView,
  type ApprovalStep,
  type ReapprovalMode,
  defaultApprovalPolicy,
} from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { userOf, userRefs } from '../../infrastructure/user-refs.js';
import { ListApprovalPoliciesQuery } from './list-approval-policies.query.js';

interface PolicyRow {
  agreement_type: string;
  purpose: string;
  steps: ApprovalStep[];
  reapproval: ReapprovalMode;
  revision: number;
  updated_at: Date;
  updated_by: string;
}

@QueryHandler(ListApprovalPoliciesQuery)
export class ListApprovalPoliciesHandler implements IQueryHandler<ListApprovalPoliciesQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(): Promise<ApprovalPolicyView[]> {
    const rows = await this.dataSource.query<PolicyRow[]>(`SELECT * FROM approval_policies`);
    const users = await userRefs(
      this.dataSource.manager,
      rows.map((row) => row.updated_by),
    );
    return AGREEMENT_TYPES.flatMap((agreementType) =>
      APPROVAL_PURPOSES.map((purpose): ApprovalPolicyView => {
        const row = rows.find(
          (candidate) =>
            candidate.agreement_type === agreementType && candidate.purpose === purpose,
        );
        if (row === undefined) {
          const { steps } = defaultApprovalPolicy(agreementType, purpose);
          return {
            agreementType,
            purpose,
            steps,
            reapproval: 'all',
            revision: 0,
            updatedAt: null,
            updatedBy: null,
          };
        }
        return {
          agreementType,
          purpose,
          steps: row.steps,
          reapproval: row.reapproval,
          revision: row.revision,
          updatedAt: row.updated_at.toISOString(),
          updatedBy: userOf(users, row.updated_by),
        };
      }),
    );
  }
}
