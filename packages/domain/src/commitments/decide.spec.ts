import { DomainError } from '../shared/domain-error.js';
import type { CommitmentCommand } from './commitment.commands.js';
import { CommitmentErrorCode } from './commitment-error-code.js';
import { OCCURRENCE_STATUSES } from './commitment.model.js';
import type { OccurrenceStatus } from './commitment.model.js';
import type { CommitmentState } from './commitment.state.js';
import { by, FAVIJA, given, MANAGER, planDelegations } from './commitment.fixtures.js';
import { decideCommitment } from './decide.js';
import { evolveCommitment } from './evolve.js';
import { OCCURRENCE_TRANSITIONS, OCCURRENCE_COMMAND_TYPES, occurrencesOf } from './occurrences.js';
import type { OccurrenceCommandType } from './occurrences.js';

function refusal(attempt: () => unknown): { code: string; field: string | undefined } {
  try {
    attempt();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The command that moves occurrence `periodKey` by `type`, with the payload it needs. */
function occurrenceCommand(type: OccurrenceCommandType, periodKey: string): CommitmentCommand {
  switch (type) {
    case 'RecordPartialFulfilment':
      return { type, data: { periodKey, quantityDone: 12 } };
    case 'WaiveOccurrence':
      return { type, data: { periodKey, reason: 'Partner asked to skip a year' } };
    default:
      return { type, data: { periodKey } };
  }
}

/** A path from `planned` to each status, by commands. */
const PATH_TO: Record<OccurrenceStatus, OccurrenceCommandType[]> = {
  planned: [],
  in_progress: ['StartOccurrence'],
  fulfilled: ['FulfilOccurrence'],
  partially_fulfilled: ['RecordPartialFulfilment'],
  missed: ['MarkOccurrenceMissed'],
  waived: ['WaiveOccurrence'],
};

const PERIOD = '2025-10-01';

describe('decideCommitment: planning', () => {
  it('plans a yearly commitment through the agreement term when the schedule names no bounds', () => {
    const { events } = given(planDelegations());
    expect(events).toEqual([
      {
        type: 'CommitmentPlanned',
        data: expect.objectContaining({
          commitmentId: 'commitment-1',
          agreementId: FAVIJA.id,
          plannedBy: MANAGER.userId,
          partner: null,
          clause: null,
          notes: null,
          schedule: {
            kind: 'recurring',
            rrule: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1',
            startsOn: '2025-01-15',
            endsOn: '2026-12-31',
          },
        }),
      },
    ]);
  });

  it('yields one occurrence per October of the term, keyed by its date', () => {
    const { state } = given(planDelegations());
    if (state.status === 'none') throw new Error('not planned');
    expect(occurrencesOf(state).map((o) => [o.periodKey, o.status])).toEqual([
      ['2025-10-01', 'planned'],
      ['2026-10-01', 'planned'],
    ]);
  });

  it('plans during negotiation too', () => {
    const events = decideCommitment(
      planDelegations(),
      { status: 'none' },
      by(MANAGER, { ...FAVIJA, status: 'negotiation' }),
    );
    expect(events.map((e) => e.type)).toEqual(['CommitmentPlanned']);
  });

  it.each([
    ['withdrawn', CommitmentErrorCode.AgreementClosed],
    ['terminated', CommitmentErrorCode.AgreementClosed],
    ['expired', CommitmentErrorCode.AgreementClosed],
  ] as const)('refuses on an agreement that is %s', (status, code) => {
    expect(
      refusal(() =>
        decideCommitment(planDelegations(), { status: 'none' }, by(MANAGER, { ...FAVIJA, status })),
      ).code,
    ).toBe(code);
  });

  it('refuses when the agreement is not the one the commitment names', () => {
    expect(
      refusal(() =>
        decideCommitment(planDelegations({ agreementId: 'other' }), { status: 'none' }, by()),
      ).code,
    ).toBe(CommitmentErrorCode.AgreementNotFound);
  });

  it('refuses a recurrence with no start when the agreement has none either', () => {
    expect(
      refusal(() =>
        decideCommitment(
          planDelegations(),
          { status: 'none' },
          by(MANAGER, { ...FAVIJA, startsOn: null }),
        ),
      ),
    ).toEqual({ code: CommitmentErrorCode.ScheduleUnbounded, field: 'schedule.startsOn' });
  });

  it('refuses a recurrence that yields no date in its bounds', () => {
    const command = planDelegations({
      schedule: {
        kind: 'recurring',
        rrule: 'FREQ=YEARLY;BYMONTH=10',
        startsOn: '2025-01-01',
        endsOn: '2025-03-01',
      },
    });
    expect(refusal(() => given(command)).code).toBe(CommitmentErrorCode.ScheduleEmpty);
  });

  it('needs the partner that owes it to be a partner of the agreement', () => {
    expect(refusal(() => given(planDelegations({ owedBy: 'partner' })))).toEqual({
      code: CommitmentErrorCode.RequiredFieldMissing,
      field: 'partner',
    });
    expect(
      refusal(() => given(planDelegations({ owedBy: 'partner', partner: 'Somebody else' }))),
    ).toEqual({ code: CommitmentErrorCode.UnknownPartner, field: 'partner' });
    const { state } = given(
      planDelegations({ owedBy: 'partner', partner: 'Japan Table Tennis Association' }),
    );
    expect(state.status === 'open' && state.details.partner).toBe('Japan Table Tennis Association');
  });

  it('refuses to plan the same commitment twice', () => {
    expect(refusal(() => given(planDelegations(), planDelegations())).code).toBe(
      CommitmentErrorCode.CommitmentAlreadyExists,
    );
  });
});

describe('decideCommitment: editing and cancelling', () => {
  it('records only what changed, and nothing for a no-op edit', () => {
    const { events } = given(
      planDelegations(),
      { type: 'EditCommitment', data: { kind: 'delegation_exchange' } },
      { type: 'EditCommitment', data: { quantity: { amount: 25, unit: 'athletes' } } },
    );
    expect(events.slice(1)).toEqual([
      { type: 'CommitmentEdited', data: { quantity: { amount: 25, unit: 'athletes' } } },
    ]);
  });

  it('drops the partner when the commitment is no longer owed by a partner', () => {
    const { state } = given(
      planDelegations({ owedBy: 'partner', partner: 'Japan Table Tennis Association' }),
      { type: 'EditCommitment', data: { owedBy: 'us' } },
    );
    expect(state.status === 'open' && state.details.partner).toBeNull();
  });

  it('keeps a recorded occurrence visible after the schedule moves away from it', () => {
    const { state } = given(
      planDelegations(),
      { type: 'FulfilOccurrence', data: { periodKey: PERIOD } },
      {
        type: 'EditCommitment',
        data: { schedule: { kind: 'once', dueOn: '2026-06-01' } },
      },
    );
    if (state.status === 'none') throw new Error('not planned');
    expect(occurrencesOf(state).map((o) => [o.periodKey, o.status])).toEqual([
      ['2025-10-01', 'fulfilled'],
      ['2026-06-01', 'planned'],
    ]);
  });

  it('refuses every command once cancelled', () => {
    const cancelled = [
      planDelegations(),
      { type: 'CancelCommitment', data: { reason: 'Replaced by the 2026 programme' } },
    ] as const;
    expect(
      refusal(() => given(...cancelled, { type: 'StartOccurrence', data: { periodKey: PERIOD } }))
        .code,
    ).toBe(CommitmentErrorCode.CommitmentCancelled);
  });

  it('refuses commands on a commitment that does not exist', () => {
    expect(
      refusal(() =>
        decideCommitment(
          { type: 'StartOccurrence', data: { periodKey: PERIOD } },
          { status: 'none' },
          by(),
        ),
      ).code,
    ).toBe(CommitmentErrorCode.CommitmentNotFound);
  });
});

describe('decideCommitment: occurrences', () => {
  const cases = OCCURRENCE_COMMAND_TYPES.flatMap((command) =>
    OCCURRENCE_STATUSES.map((from) => ({
      command,
      from,
      allowed: (OCCURRENCE_TRANSITIONS[command].from as readonly string[]).includes(from),
    })),
  );

  it.each(cases)('$command from $from: allowed $allowed', ({ command, from, allowed }) => {
    const { state } = given(
      planDelegations(),
      ...PATH_TO[from].map((type) => occurrenceCommand(type, PERIOD)),
    );
    const attempt = () => decideCommitment(occurrenceCommand(command, PERIOD), state, by());
    if (!allowed) {
      expect(refusal(attempt)).toEqual({
        code: CommitmentErrorCode.OccurrenceTransitionNotAllowed,
        field: 'periodKey',
      });
      return;
    }
    const after = attempt().reduce<CommitmentState>(evolveCommitment, state);
    if (after.status === 'none') throw new Error('not planned');
    expect(after.occurrences[PERIOD]?.status).toBe(OCCURRENCE_TRANSITIONS[command].to);
  });

  it('records the quantity owed on fulfilment and the quantity done on partial fulfilment', () => {
    const { events } = given(
      planDelegations(),
      { type: 'RecordPartialFulfilment', data: { periodKey: PERIOD, quantityDone: 12 } },
      { type: 'FulfilOccurrence', data: { periodKey: PERIOD, note: 'All 20 came in the end' } },
    );
    expect(events.slice(1)).toEqual([
      {
        type: 'OccurrencePartiallyFulfilled',
        data: { periodKey: PERIOD, quantityDone: 12, note: null },
      },
      {
        type: 'OccurrenceFulfilled',
        data: { periodKey: PERIOD, quantityDone: 20, note: 'All 20 came in the end' },
      },
    ]);
  });

  it('refuses a partial fulfilment of all or more than is owed, or without a quantity', () => {
    expect(
      refusal(() =>
        given(planDelegations(), {
          type: 'RecordPartialFulfilment',
          data: { periodKey: PERIOD, quantityDone: 20 },
        }),
      ),
    ).toEqual({ code: CommitmentErrorCode.QuantityOutOfRange, field: 'quantityDone' });
    expect(
      refusal(() =>
        given(planDelegations({ quantity: null }), {
          type: 'RecordPartialFulfilment',
          data: { periodKey: PERIOD, quantityDone: 3 },
        }),
      ).code,
    ).toBe(CommitmentErrorCode.QuantityNotApplicable);
  });

  it('refuses an occurrence the schedule does not have', () => {
    expect(
      refusal(() =>
        given(planDelegations(), { type: 'StartOccurrence', data: { periodKey: '2025-10-02' } }),
      ),
    ).toEqual({ code: CommitmentErrorCode.OccurrenceNotFound, field: 'periodKey' });
  });

  it('adds evidence to an occurrence in any status, keeping earlier evidence', () => {
    const sha256 = 'a'.repeat(64);
    const { state } = given(
      planDelegations(),
      { type: 'FulfilOccurrence', data: { periodKey: PERIOD } },
      { type: 'AddEvidence', data: { periodKey: PERIOD, note: 'Danh sách', evidenceId: 'e1' } },
      {
        type: 'AddEvidence',
        data: {
          periodKey: PERIOD,
          evidenceId: 'e2',
          note: '  ',
          file: { fileId: 'e2', name: '出席.pdf', mediaType: 'application/pdf', size: 3, sha256 },
        },
      },
    );
    if (state.status === 'none') throw new Error('not planned');
    expect(state.occurrences[PERIOD]?.status).toBe('fulfilled');
    expect(
      state.occurrences[PERIOD]?.evidence.map((e) => [e.evidenceId, e.note, e.file?.name]),
    ).toEqual([
      ['e1', 'Danh sách', undefined],
      ['e2', null, '出席.pdf'],
    ]);
  });
});
