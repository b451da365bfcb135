import { AGREEMENT_COMMAND_TYPES } from '../agreements/agreement.commands.js';
import type { AgreementCommandType } from '../agreements/agreement.commands.js';
import { sample } from '../agreements/agreement.fixtures.js';
import { AgreementErrorCode } from '../agreements/agreement-error-code.js';
import { decide } from '../agreements/decide.js';
import { evolve } from '../agreements/evolve.js';
import { historyTo } from '../agreements/agreement.fixtures.js';
import { initialAgreementState } from '../agreements/agreement.state.js';
import { AGREEMENT_TRANSITIONS, allowedCommands } from '../agreements/transitions.js';
import { DomainError } from '../shared/domain-error.js';
import { COMMAND_PERMISSIONS, mayRun } from './command-permissions.js';
import { ROLES } from './roles.js';
import type { Role } from './roles.js';

/** The split the issue asks for, written out: the test fails when the table drifts from it. */
const EXPECTED: Record<Role, readonly AgreementCommandType[]> = {
  official: [
    'CreateDraftAgreement',
    'ApproveDraft',
    'ReturnDraftForChanges',
    'ClearToSign',
    'RefuseClearance',
    'OpenSigning',
    'SignAgreement',
    'SuspendAgreement',
    'ResumeAgreement',
    'StartReview',
    'RenewAgreement',
    'LetExpire',
    'ApproveReviewDecision',
    'RejectReviewDecision',
    'TerminateAgreement',
    'AddAttachment',
    'ProposeAmendment',
  ],
  legal: [
    'CreateDraftAgreement',
    'EditAgreementDetails',
    'StartNegotiation',
    'OpenNegotiationRound',
    'FinaliseText',
    'RequestClearanceToSign',
    'AddAttachment',
    'EditAgreementText',
    'ReviewClause',
  ],
  manager: [
    'CreateDraftAgreement',
    'EditAgreementDetails',
    'SubmitForApproval',
    'StartReview',
    // The review's manager proposes its decision; officials approve it (review policy).
    'RenewAgreement',
    'LetExpire',
    'WithdrawAgreement',
    'AddAttachment',
    'OpenNegotiationRound',
    'EditAgreementText',
    'ProposeAmendment',
  ],
  auditor: [],
  admin: AGREEMENT_COMMAND_TYPES,
};

const cases = ROLES.flatMap((role) =>
  AGREEMENT_COMMAND_TYPES.map((command) => ({
    role,
    command,
    allowed: EXPECTED[role].includes(command),
  })),
);

/** An agreement where `command` has a transition, drafted by someone who is not the actor. */
function agreementWhere(command: AgreementCommandType) {
  const row = AGREEMENT_TRANSITIONS.find((candidate) => candidate.command === command);
  const from = row?.from[0];
  if (from === undefined) throw new Error(`no row for ${command}`);
  return historyTo(from).reduce(evolve, initialAgreementState);
}

describe('COMMAND_PERMISSIONS', () => {
  it.each(cases)('$role may run $command: $allowed', ({ role, command, allowed }) => {
    expect(mayRun(role, command)).toBe(allowed);
  });

  it.each(cases)(
    'decide lets $role run $command only if the table allows it ($allowed)',
    ({ role, command, allowed }) => {
      const state = agreementWhere(command);
      const actor = { userId: `someone-${role}`, role };
      const attempt = () => decide(sample(command), state, { actor, now: '2026-01-01T00:00:00Z' });
      if (allowed) {
        expect(attempt).not.toThrow();
        expect(allowedCommands(state, actor)).toContain(command);
      } else {
        expect(attempt).toThrow(DomainError);
        try {
          attempt();
        } catch (error) {
          expect((error as DomainError).code).toBe(AgreementErrorCode.RoleNotPermitted);
        }
        expect(allowedCommands(state, actor)).not.toContain(command);
      }
    },
  );

  it('lets auditors run nothing and admins everything', () => {
    for (const command of AGREEMENT_COMMAND_TYPES) {
      expect(mayRun('auditor', command)).toBe(false);
      expect(mayRun('admin', command)).toBe(true);
    }
  });

  it('has exactly one row per command', () => {
    expect(Object.keys(COMMAND_PERMISSIONS).sort()).toEqual([...AGREEMENT_COMMAND_TYPES].sort());
  });
});
