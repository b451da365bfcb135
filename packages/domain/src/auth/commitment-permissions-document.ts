import { COMMITMENT_ACTIONS, COMMITMENT_ACTION_NAMES } from '../commitments/commitment.commands.js';
import type { CommitmentCommandType } from '../commitments/commitment.commands.js';
import { markdownTable } from '../shared/markdown-table.js';
import { COMMITMENT_COMMAND_PERMISSIONS } from './commitment-permissions.js';
import { ROLES } from './roles.js';

function routesFor(command: CommitmentCommandType): string {
  if (command === 'PlanCommitment') return '`POST /api/agreements/{id}/commitments`';
  const actions = COMMITMENT_ACTION_NAMES.filter(
    (action) => COMMITMENT_ACTIONS[action].command === command,
  ).map((action) => `\`${action}\``);
  if (command === 'AddEvidence') actions.push('`POST /api/commitments/{id}/evidence`');
  return actions.join(', ');
}

/** The commitments section of docs/permissions.md, from COMMITMENT_COMMAND_PERMISSIONS. */
export function commitmentPermissionsSection(): string[] {
  return [
    '## Commitment commands',
    '',
    'Managers own commitments: they and admins plan and track them',
    '(`POST /api/commitments/{id}/{action}`); everyone with `commitment.read` reads them.',
    'The table is `COMMITMENT_COMMAND_PERMISSIONS`',
    '(packages/domain/src/auth/commitment-permissions.ts).',
    '',
    ...markdownTable(
      ['Command', 'Route', ...ROLES],
      (Object.keys(COMMITMENT_COMMAND_PERMISSIONS) as CommitmentCommandType[]).map((command) => [
        `\`${command}\``,
        routesFor(command),
        ...ROLES.map((role) =>
          (COMMITMENT_COMMAND_PERMISSIONS[command] as readonly string[]).includes(role)
            ? 'yes'
            : '-',
        ),
      ]),
    ),
    '',
  ];
}
