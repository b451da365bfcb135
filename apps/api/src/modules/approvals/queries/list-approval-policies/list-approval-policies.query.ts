import type { ApprovalPolicyView } from '@concordat/domain';
import { Query } from '@nestjs/cqrs';

/** `GET /api/approval-policies`: every agreement type × purpose, saved or default. */
export class ListApprovalPoliciesQuery extends Query<ApprovalPolicyView[]> {}
