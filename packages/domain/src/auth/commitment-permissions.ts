import type { CommitmentCommandType } from '../commitments/commitment.commands.js';
import type { Role } from './roles.js';

/**
 * Who may run which commitment command. Managers own commitments: they (and admins) plan
 * and track them; officials and legal read them, auditors read only (`commitment.read` in
 * PERMISSIONS). decide refuses everyone else (ROLE_NOT_PERMITTED) and docs/permissions.md
 * is generated from this table.
 */
export const COMMITMENT_COMMAND_PERMISSIONS = {
  PlanCommitment: ['manager', 'admin'],
  EditCommitment: ['manager', 'admin'],
  StartOccurrence: ['manager', 'admin'],
  FulfilOccurrence: ['manager', 'admin'],
  RecordPartialFulfilment: ['manager', 'admin'],
  MarkOccurrenceMissed: ['manager', 'admin'],
  WaiveOccurrence: ['manager', 'admin'],
  AddEvidence: ['manager', 'admin'],
  CancelCommitment: ['manager', 'admin'],
} as const satisfies Record<CommitmentCommandType, readonly Role[]>;

export function mayRunCommitmentCommand(role: Role, command: CommitmentCommandType): boolean {
  return (COMMITMENT_COMMAND_PERMISSIONS[command] as readonly Role[]).includes(role);
}
