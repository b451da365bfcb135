import type {
  Actor,
  AgreementType,
  ApprovalPolicyInput,
  ApprovalPolicyView,
  ApprovalPurpose,
} from '@concordat/domain';
import { Command } from '@nestjs/cqrs';

/** `PUT /api/approval-policies/{type}/{purpose}`: replace the steps of one policy. */
export class SaveApprovalPolicyCommand extends Command<ApprovalPolicyView> {
  constructor(
    readonly agreementType: AgreementType,
    readonly purpose: ApprovalPurpose,
    readonly input: ApprovalPolicyInput,
    readonly actor: Actor,
  ) {
    super();
  }
}
