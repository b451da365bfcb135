import { DomainError } from '../shared/domain-error.js';
import { AGREEMENT_COMMAND_TYPES } from './agreement.commands.js';
import type { AgreementCommandType } from './agreement.commands.js';
import { LIFECYCLE_POSITIONS, positionKey } from './agreement.position.js';
import type { LifecyclePosition } from './agreement.position.js';
import { actorFor, by, givenAgreementAt, sample } from './agreement.fixtures.js';
import { AgreementErrorCode } from './agreement-error-code.js';
import { decide } from './decide.js';
import { evolve } from './evolve.js';
import { AGREEMENT_TRANSITIONS, rowFollowed } from './transitions.js';

/**
 * Generated from AGREEMENT_TRANSITIONS: every command against every (status, step). Where
 * the table has a row, decide must emit that row's event and evolve must land on its
 * target; everywhere else decide must refuse.
 */

function rowFor(command: AgreementCommandType, position: LifecyclePosition) {
  return AGREEMENT_TRANSITIONS.find(
    (row) =>
      row.command === command &&
      !row.onCompletion &&
      row.from.some((from) => positionKey(from) === positionKey(position)),
  );
}

/** Refusals on a missing or an existing agreement have their own, more helpful codes. */
function expectedRefusal(
  command: AgreementCommandType,
  position: LifecyclePosition,
): AgreementErrorCode {
  if (position.status === 'none') return AgreementErrorCode.AgreementNotFound;
  if (command === 'CreateDraftAgreement') return AgreementErrorCode.AgreementAlreadyExists;
  return AgreementErrorCode.TransitionNotAllowed;
}

const cases = AGREEMENT_COMMAND_TYPES.flatMap((command) =>
  LIFECYCLE_POSITIONS.map((position) => ({ command, position, at: positionKey(position) })),
);
const allowed = cases.filter(({ command, position }) => rowFor(command, position) !== undefined);
const forbidden = cases.filter(({ command, position }) => rowFor(command, position) === undefined);

describe('every allowed transition', () => {
  it.each(allowed)(
    '$command from $at emits the table event and lands on the table target',
    ({ command, position }) => {
      const row = rowFor(command, position);
      const state = givenAgreementAt(position);

      const events = decide(sample(command), state, by(actorFor(command)));
      const after = events.reduce(evolve, state);

      // A multi-party command records its party's decision with its own row's event; the
      // decision that completes the whole adds the completion row's event, which moves.
      const followed = rowFollowed(command, position, events);
      expect(events[0]?.type).toEqual(row?.event);
      expect(events.map((event) => event.type)).toEqual(
        followed === row ? [row?.event] : [row?.event, followed?.event],
      );
      expect(positionKey(after)).toBe(followed && positionKey(followed.to));
    },
  );
});

describe('every forbidden transition', () => {
  it.each(forbidden)('$command from $at is refused', ({ command, position }) => {
    const state = givenAgreementAt(position);

    const attempt = () => decide(sample(command), state, by(actorFor(command)));

    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(expect.objectContaining({ code: expectedRefusal(command, position) }));
  });
});

describe('the generated cases', () => {
  it('cover every command from every position, split between allowed and forbidden', () => {
    expect(cases).toHaveLength(AGREEMENT_COMMAND_TYPES.length * LIFECYCLE_POSITIONS.length);
    expect(allowed.length + forbidden.length).toBe(cases.length);
    expect(allowed.length).toBe(
      AGREEMENT_TRANSITIONS.filter((row) => !row.onCompletion).reduce(
        (sum, row) => sum + row.from.length,
        0,
      ),
    );
  });
});
