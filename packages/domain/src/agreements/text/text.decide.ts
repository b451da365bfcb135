import { DomainError } from '../../shared/domain-error.js';
import type { AgreementEvent } from '../agreement.events.js';
import type { ExistingAgreementState } from '../agreement.state.js';
import { AgreementErrorCode } from '../agreement-error-code.js';
import { sameText, textHash } from './text.canonical.js';
import type { AgreementText, TextProposer } from './text.model.js';
import type { z } from 'zod';
import type { finaliseTextSchema, reviewClauseSchema } from './text.commands.js';
import { currentVersion, textViolation, unclearedClauses, wordingViolation } from './text.rules.js';
import { EMPTY_TEXT } from './text.model.js';
import type { TextFacts } from './text.model.js';

/** The text commands' decisions; decide.ts calls these from its switch. */

export function decideEditText(
  state: ExistingAgreementState,
  text: AgreementText,
): AgreementEvent[] {
  throwIf(textViolation(text));
  // Saving the same text again records nothing, as an unchanged detail edit does.
  if (sameText(textOf(state).draft, text)) return [];
  return [{ type: 'AgreementTextEdited', data: { text } }];
}

export function decideAddRound(
  state: ExistingAgreementState,
  proposedBy: TextProposer,
  text: AgreementText,
): AgreementEvent[] {
  throwIf(textViolation(text));
  return [{ type: 'NegotiationRoundOpened', data: { round: state.round + 1, proposedBy, text } }];
}

export function decideReviewClause(
  state: ExistingAgreementState,
  review: z.infer<typeof reviewClauseSchema>,
): AgreementEvent[] {
  const version = currentVersion(textOf(state));
  const index = version?.text.clauses.findIndex((clause) => clause.key === review.clauseKey) ?? -1;
  if (version === undefined || index < 0) {
    throw new DomainError(
      AgreementErrorCode.ClauseNotFound,
      `The current text has no clause with the key "${review.clauseKey}"`,
      'clauseKey',
    );
  }
  if (review.status === 'flagged' && review.comment.trim() === '') {
    throw new DomainError(
      AgreementErrorCode.RequiredFieldMissing,
      'A comment is required',
      'comment',
    );
  }
  const wording = review.status === 'proposed' ? review.wording : null;
  if (wording !== null) throwIf(wordingViolation(wording, version.text, index));
  return [
    {
      type: 'ClauseReviewed',
      data: {
        clauseKey: review.clauseKey,
        number: index + 1,
        round: version.round,
        status: review.status,
        comment: review.comment ?? null,
        wording,
      },
    },
  ];
}

/**
 * Finalising freezes the current version: refused while any clause is not cleared
 * (CLAUSES_NOT_CLEARED, listing their numbers), and records the SHA-256 of its canonical
 * form. An agreement negotiated without a text in Concordat finalises the empty text.
 */
export function decideFinalise(
  state: ExistingAgreementState,
  data: z.infer<typeof finaliseTextSchema>,
): AgreementEvent[] {
  const facts = textOf(state);
  const pending = unclearedClauses(facts);
  if (pending.length > 0) {
    const numbers = pending.map(({ number }) => number);
    throw new DomainError(
      AgreementErrorCode.ClausesNotCleared,
      `Clauses ${numbers.join(', ')} of round ${state.round} are not cleared by legal review`,
      'clauses',
      { clauses: numbers },
    );
  }
  const hash = textHash(currentVersion(facts)?.text ?? EMPTY_TEXT);
  const expected = data.textHash ?? null;
  if (expected !== null && expected !== hash) {
    throw new DomainError(
      AgreementErrorCode.TextHashMismatch,
      `The text being finalised has the hash ${hash}, not ${expected}: reload it and check it again`,
      'textHash',
      { textHash: hash },
    );
  }
  return [{ type: 'TextFinalised', data: { textHash: hash } }];
}

function textOf(state: ExistingAgreementState): TextFacts {
  return state.text;
}

function throwIf(error: DomainError | null): void {
  if (error !== null) throw error;
}
