import type { AgreementCommand } from '../agreement.commands.js';
import type { AgreementEvent } from '../agreement.events.js';
import { DRAFTER, SAMPLE_TEXT, actorFor, by, historyTo } from '../agreement.fixtures.js';
import type { LifecyclePosition } from '../agreement.position.js';
import type { AgreementState } from '../agreement.state.js';
import { decide } from '../decide.js';
import { evolve, foldAgreement } from '../evolve.js';
import { signaturesToComplete } from '../signing/signing.fixtures.js';
import type { AgreementText } from '../text/text.model.js';

/** The sample text with one clause added: what the fixture amendment agrees. */
export const AMENDED_TEXT: AgreementText = {
  ...SAMPLE_TEXT,
  clauses: [
    ...SAMPLE_TEXT.clauses,
    {
      key: 'youth-camps',
      title: { vi: 'Trại hè thanh thiếu niên', ja: '青少年キャンプ' },
      text: {
        vi: 'Hai bên tổ chức trại hè thanh thiếu niên mỗi năm.',
        ja: '両者は毎年、青少年キャンプを開催する。',
      },
    },
  ],
};

export const IN_FORCE: LifecyclePosition = { status: 'active', step: 'in_force' };

/** How far the fixture amendment goes: opened, signed by every party, or withdrawn. */
export type AmendmentEnding = 'proposed' | 'cleared' | 'signed' | 'withdrawn';

/**
 * The events of an agreement brought to `from` (in force, or under review), then through
 * one amendment that adds a clause, as far as `ending`. Each command runs through decide,
 * as its usual role, so the fixture follows the same rules as the api.
 */
export function historyThroughAmendment(
  ending: AmendmentEnding,
  from: LifecyclePosition = IN_FORCE,
): AgreementEvent[] {
  const history = historyTo(from);
  let state: AgreementState = foldAgreement(history);
  // The drafter (a manager) proposes, so the official who approves is someone else.
  const run = (command: AgreementCommand) => {
    const actor = command.type === 'ProposeAmendment' ? DRAFTER : actorFor(command.type);
    const events = decide(command, state, by(actor));
    history.push(...events);
    state = events.reduce(evolve, state);
  };
  run({ type: 'ProposeAmendment', data: { reason: 'Add youth camps' } });
  if (ending === 'proposed') return history;
  if (ending === 'withdrawn') {
    run({ type: 'WithdrawAgreement', data: { reason: 'The partner declined' } });
    return history;
  }
  run({ type: 'EditAgreementText', data: { text: AMENDED_TEXT } });
  run({ type: 'SubmitForApproval', data: {} });
  run({ type: 'ApproveDraft', data: { comment: null } });
  run({ type: 'StartNegotiation', data: {} });
  for (const clause of AMENDED_TEXT.clauses) {
    run({
      type: 'ReviewClause',
      data: { clauseKey: clause.key, status: 'cleared', comment: null },
    });
  }
  run({ type: 'FinaliseText', data: {} });
  run({ type: 'RequestClearanceToSign', data: {} });
  run({ type: 'ClearToSign', data: { comment: null } });
  run({ type: 'OpenSigning', data: {} });
  if (ending === 'cleared') return history;
  for (const command of signaturesToComplete(state)) run(command);
  return history;
}
