import { DomainError } from '../shared/domain-error.js';
import { CommitmentErrorCode } from '../commitments/commitment-error-code.js';
import { decideCommitment } from '../commitments/decide.js';
import { by, planDelegations } from '../commitments/commitment.fixtures.js';
import {
  COMMITMENT_COMMAND_PERMISSIONS,
  mayRunCommitmentCommand,
} from './commitment-permissions.js';
import type { CommitmentCommandType } from '../commitments/commitment.commands.js';
import { can } from './permissions.js';
import { ROLES } from './roles.js';

const COMMANDS = Object.keys(COMMITMENT_COMMAND_PERMISSIONS) as CommitmentCommandType[];

describe('COMMITMENT_COMMAND_PERMISSIONS', () => {
  const cases = ROLES.flatMap((role) =>
    COMMANDS.map((command) => ({ role, command, allowed: role === 'manager' || role === 'admin' })),
  );

  it.each(cases)(
    '$role may run $command: $allowed (managers own commitments)',
    ({ role, command, allowed }) => {
      expect(mayRunCommitmentCommand(role, command)).toBe(allowed);
    },
  );

  it.each(ROLES)('decide refuses planning to %s unless the table allows it', (role) => {
    const attempt = () =>
      decideCommitment(planDelegations(), { status: 'none' }, by({ userId: `u-${role}`, role }));
    if (mayRunCommitmentCommand(role, 'PlanCommitment')) {
      expect(attempt()).toHaveLength(1);
      return;
    }
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(
      expect.objectContaining({ code: CommitmentErrorCode.RoleNotPermitted }),
    );
  });

  it('lets every role read commitments, auditors included', () => {
    for (const role of ROLES) expect(can(role, 'commitment.read')).toBe(true);
  });
});
