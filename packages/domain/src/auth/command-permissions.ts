import type { AgreementCommandType } from '../agreements/agreement.commands.js';
import type { Role } from './roles.js';

/**
 * Who may run which agreement command: one row per command, the roles that may run it.
 * decide refuses everyone else (ROLE_NOT_PERMITTED), allowedCommands and allowedActions
 * read it, the web shows only what it allows and docs/permissions.md is generated from it.
 * Rules about a particular agreement (nobody approves their own draft) stay in the
 * transition table. Auditors appear in no row: they read, they never change.
 */
export const COMMAND_PERMISSIONS = {
  CreateDraftAgreement: ['official', 'legal', 'manager', 'admin'],
  EditAgreementDetails: ['legal', 'manager', 'admin'],
  SubmitForApproval: ['manager', 'admin'],
  ApproveDraft: ['official', 'admin'],
  ReturnDraftForChanges: ['official', 'admin'],
  StartNegotiation: ['legal', 'admin'],
  OpenNegotiationRound: ['legal', 'manager', 'admin'],
  FinaliseText: ['legal', 'admin'],
  RequestClearanceToSign: ['legal', 'admin'],
  ClearToSign: ['official', 'admin'],
  RefuseClearance: ['official', 'admin'],
  OpenSigning: ['official', 'admin'],
  SignAgreement: ['official', 'admin'],
  SuspendAgreement: ['official', 'admin'],
  ResumeAgreement: ['official', 'admin'],
  StartReview: ['official', 'manager', 'admin'],
  // Under review these propose the decision: the review's manager may, as officials may.
  RenewAgreement: ['manager', 'official', 'admin'],
  LetExpire: ['manager', 'official', 'admin'],
  ApproveReviewDecision: ['official', 'admin'],
  RejectReviewDecision: ['official', 'admin'],
  TerminateAgreement: ['official', 'admin'],
  WithdrawAgreement: ['manager', 'admin'],
  AddAttachment: ['official', 'legal', 'manager', 'admin'],
  EditAgreementText: ['legal', 'manager', 'admin'],
  ReviewClause: ['legal', 'admin'],
  ProposeAmendment: ['official', 'manager', 'admin'],
} as const satisfies Record<AgreementCommandType, readonly Role[]>;

/** Whether `role` may run `command` at all (where it may run is the transition table's). */
export function mayRun(role: Role, command: AgreementCommandType): boolean {
  return (COMMAND_PERMISSIONS[command] as readonly Role[]).includes(role);
}
