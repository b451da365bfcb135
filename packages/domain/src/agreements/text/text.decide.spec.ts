import { createHash } from 'node:crypto';
import { DomainError } from '../../shared/domain-error.js';
import type { AgreementCommand } from '../agreement.commands.js';
import type { AgreementEvent } from '../agreement.events.js';
import { actorFor, by, historyTo, SAMPLE_TEXT } from '../agreement.fixtures.js';
import type { AgreementState, ExistingAgreementState } from '../agreement.state.js';
import { AgreementErrorCode } from '../agreement-error-code.js';
import { decide } from '../decide.js';
import { evolve, foldAgreement } from '../evolve.js';
import { canonicalText } from './text.canonical.js';
import type { AgreementText } from './text.model.js';

/** given events / when commands (each by the role the table gives it) / then. */
function run(state: AgreementState, ...commands: AgreementCommand[]): ExistingAgreementState {
  const after = commands.reduce(
    (current, command) =>
      decide(command, current, by(actorFor(command.type))).reduce(evolve, current),
    state,
  );
  if (after.status === 'none') throw new Error('no agreement');
  return after;
}

function refusal(state: AgreementState, command: AgreementCommand): DomainError {
  try {
    decide(command, state, by(actorFor(command.type)));
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`${command.type} was not refused`);
}

const review = (
  clauseKey: string,
  status: 'cleared' | 'flagged' = 'cleared',
  comment: string | null = status === 'flagged' ? 'Cần làm rõ kinh phí' : null,
): AgreementCommand =>
  status === 'flagged'
    ? { type: 'ReviewClause', data: { clauseKey, status, comment: comment ?? '' } }
    : { type: 'ReviewClause', data: { clauseKey, status, comment } };

const addRound = (
  text: AgreementText,
  proposedBy: 'ours' | 'partner' = 'partner',
): AgreementCommand => ({
  type: 'OpenNegotiationRound',
  data: { proposedBy, text },
});

/** The sample text with the delegations clause reworded by the partner (in Japanese only). */
const PARTNER_TEXT: AgreementText = {
  ...SAMPLE_TEXT,
  clauses: SAMPLE_TEXT.clauses.map((clause) =>
    clause.key === 'delegations'
      ? {
          ...clause,
          text: { ...clause.text, ja: '両者は、年に二度、選手と指導者の代表団を交流させる。' },
        }
      : clause,
  ),
};

/** Negotiating round 1 (the approved draft text), nothing reviewed yet. */
function inRoundOne(): AgreementState {
  const history: AgreementEvent[] = historyTo({ status: 'draft', step: 'approved' });
  return run(foldAgreement(history), { type: 'StartNegotiation', data: {} });
}

describe('the draft text', () => {
  const editing = () => foldAgreement(historyTo({ status: 'draft', step: 'editing' }));

  it('is recorded whole, and a second save of the same text records nothing', () => {
    const text: AgreementText = { ...SAMPLE_TEXT, clauses: SAMPLE_TEXT.clauses.slice(0, 1) };
    const command: AgreementCommand = { type: 'EditAgreementText', data: { text } };
    expect(decide(command, editing(), by(actorFor(command.type)))).toEqual([
      { type: 'AgreementTextEdited', data: { text } },
    ]);
    expect(decide(command, run(editing(), command), by(actorFor(command.type)))).toEqual([]);
  });

  it('refuses a clause missing a language of the text, naming clause and language', () => {
    const [first, second] = SAMPLE_TEXT.clauses;
    if (first === undefined || second === undefined) throw new Error('sample');
    const text: AgreementText = {
      ...SAMPLE_TEXT,
      clauses: [first, { ...second, text: { vi: second.text.vi ?? '' } }],
    };
    const error = refusal(editing(), { type: 'EditAgreementText', data: { text } });
    expect(error).toMatchObject({
      code: AgreementErrorCode.ClauseLanguageMissing,
      field: 'text.clauses.1.text.ja',
    });
    expect(error.message).toContain('Clause 2');
  });

  it('refuses a clause in a language the text does not declare', () => {
    const text: AgreementText = {
      ...SAMPLE_TEXT,
      clauses: SAMPLE_TEXT.clauses.map((clause) => ({
        ...clause,
        title: { ...clause.title, en: 'x' },
      })),
    };
    expect(refusal(editing(), { type: 'EditAgreementText', data: { text } })).toMatchObject({
      code: AgreementErrorCode.ClauseLanguageUndeclared,
      field: 'text.clauses.0.title.en',
    });
  });

  it('refuses a text with no authentic language, a language twice or a clause key twice', () => {
    const edit = (text: AgreementText): AgreementCommand => ({
      type: 'EditAgreementText',
      data: { text },
    });
    const notAuthentic = SAMPLE_TEXT.languages.map((language) => ({
      ...language,
      authentic: false,
    }));
    expect(refusal(editing(), edit({ ...SAMPLE_TEXT, languages: notAuthentic })).code).toBe(
      AgreementErrorCode.TextNoAuthenticLanguage,
    );
    const twice = [...SAMPLE_TEXT.languages, { tag: 'vi', authentic: false }];
    expect(refusal(editing(), edit({ ...SAMPLE_TEXT, languages: twice })).code).toBe(
      AgreementErrorCode.TextLanguageDuplicated,
    );
    const sameKey = SAMPLE_TEXT.clauses.map((clause) => ({ ...clause, key: 'same' }));
    expect(refusal(editing(), edit({ ...SAMPLE_TEXT, clauses: sameKey })).code).toBe(
      AgreementErrorCode.ClauseKeyDuplicated,
    );
  });

  it('becomes round 1, proposed by us, when negotiation starts', () => {
    expect(inRoundOne()).toMatchObject({
      round: 1,
      text: { versions: [{ round: 1, proposedBy: 'ours', text: SAMPLE_TEXT }], reviews: {} },
    });
  });
});

describe('clause review', () => {
  it('records each verdict with the round it was given in', () => {
    const state = inRoundOne();
    expect(decide(review('purpose'), state, by(actorFor('ReviewClause')))).toEqual([
      {
        type: 'ClauseReviewed',
        data: {
          clauseKey: 'purpose',
          number: 1,
          round: 1,
          status: 'cleared',
          comment: null,
          wording: null,
        },
      },
    ]);
    const wording = { vi: 'Hai bên hợp tác.', ja: '両者は協力する。' };
    const proposed = run(state, {
      type: 'ReviewClause',
      data: { clauseKey: 'purpose', status: 'proposed', wording, comment: 'Ngắn gọn hơn' },
    });
    expect(proposed.text.reviews.purpose).toEqual({
      status: 'proposed',
      round: 1,
      comment: 'Ngắn gọn hơn',
      wording,
    });
  });

  it('refuses an unknown clause, a blank flag and wording missing a language', () => {
    const state = inRoundOne();
    expect(refusal(state, review('budget')).code).toBe(AgreementErrorCode.ClauseNotFound);
    expect(refusal(state, review('purpose', 'flagged', ' '))).toMatchObject({
      code: AgreementErrorCode.RequiredFieldMissing,
      field: 'comment',
    });
    expect(
      refusal(state, {
        type: 'ReviewClause',
        data: { clauseKey: 'purpose', status: 'proposed', wording: { vi: 'Hợp tác.' } },
      }),
    ).toMatchObject({ code: AgreementErrorCode.ClauseLanguageMissing, field: 'wording.ja' });
  });

  it('is refused to a manager: only legal reviews clauses', () => {
    const error = (() => {
      try {
        decide(review('purpose'), inRoundOne(), by({ userId: 'm', role: 'manager' }));
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toMatchObject({ code: AgreementErrorCode.RoleNotPermitted });
  });

  it('keeps the clearance of unchanged clauses into the next round and drops it for changed ones', () => {
    const cleared = run(inRoundOne(), review('purpose'), review('delegations'));
    const next = run(cleared, addRound(PARTNER_TEXT));
    expect(next.round).toBe(2);
    expect(next.text.versions.map(({ round, proposedBy }) => [round, proposedBy])).toEqual([
      [1, 'ours'],
      [2, 'partner'],
    ]);
    expect(Object.keys(next.text.reviews)).toEqual(['purpose']);
    expect(next.text.reviews.purpose).toMatchObject({ status: 'cleared', round: 1 });
  });

  it('keeps a flag on an unchanged clause: a new round does not clear it', () => {
    const flagged = run(inRoundOne(), review('purpose', 'flagged'), review('delegations'));
    const next = run(flagged, addRound(SAMPLE_TEXT, 'ours'));
    expect(next.text.reviews.purpose).toMatchObject({ status: 'flagged' });
    expect(next.text.reviews.delegations).toMatchObject({ status: 'cleared' });
  });
});

describe('finalising the text', () => {
  it('is refused while a clause is unreviewed, flagged or has wording proposed, listing their numbers', () => {
    const state = run(inRoundOne(), review('purpose', 'flagged'));
    const error = refusal(state, { type: 'FinaliseText', data: {} });
    expect(error).toMatchObject({
      code: AgreementErrorCode.ClausesNotCleared,
      extensions: { clauses: [1, 2] },
    });
    expect(error.message).toContain('1, 2');
    const oneLeft = run(state, review('purpose'));
    expect(refusal(oneLeft, { type: 'FinaliseText', data: {} })).toMatchObject({
      extensions: { clauses: [2] },
    });
  });

  it('needs a changed clause cleared again after a partner round', () => {
    const cleared = run(inRoundOne(), review('purpose'), review('delegations'));
    const partner = run(cleared, addRound(PARTNER_TEXT));
    expect(refusal(partner, { type: 'FinaliseText', data: {} })).toMatchObject({
      code: AgreementErrorCode.ClausesNotCleared,
      extensions: { clauses: [2] },
    });
    const final = run(partner, review('delegations'), { type: 'FinaliseText', data: {} });
    expect(final.step).toBe('text_final');
  });

  it('records the SHA-256 of the canonical form of the current version', () => {
    const cleared = run(inRoundOne(), review('purpose'), review('delegations'));
    const partner = run(cleared, addRound(PARTNER_TEXT), review('delegations'));
    const expected = createHash('sha256').update(canonicalText(PARTNER_TEXT), 'utf8').digest('hex');
    expect(
      decide({ type: 'FinaliseText', data: {} }, partner, by(actorFor('FinaliseText'))),
    ).toEqual([{ type: 'TextFinalised', data: { textHash: expected } }]);
    expect(
      decide(
        { type: 'FinaliseText', data: { textHash: expected } },
        partner,
        by(actorFor('FinaliseText')),
      ),
    ).toEqual([{ type: 'TextFinalised', data: { textHash: expected } }]);
  });

  it('reopens with add-round after finalising, and the new round needs its changes cleared', () => {
    const final = run(
      inRoundOne(),
      review('purpose'),
      review('delegations'),
      { type: 'FinaliseText', data: {} },
      addRound(PARTNER_TEXT),
    );
    expect(final).toMatchObject({ step: 'in_round', round: 2, textHash: null });
    expect(Object.keys(final.text.reviews)).toEqual(['purpose']);
  });
});

describe('rounds recorded before rounds carried a text', () => {
  it('repeat the previous text and keep every review', () => {
    const cleared = run(inRoundOne(), review('purpose'));
    const next = evolve(cleared, {
      type: 'NegotiationRoundOpened',
      data: { round: 2, proposedBy: 'ours', text: null },
    });
    expect(next).toMatchObject({
      round: 2,
      text: { versions: [{ text: SAMPLE_TEXT }, { round: 2, text: SAMPLE_TEXT }] },
    });
    if (next.status === 'none') throw new Error('no agreement');
    expect(next.text.reviews.purpose).toMatchObject({ status: 'cleared' });
  });
});
