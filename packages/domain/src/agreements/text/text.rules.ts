import { DomainError } from '../../shared/domain-error.js';
import type { LocalizedText } from '../../shared/localized-text.js';
import { AgreementErrorCode } from '../agreement-error-code.js';
import type { AgreementText, Clause, TextFacts, TextVersion } from './text.model.js';

/**
 * The rules a text must keep, each refused with its own code. A clause missing a declared
 * language is refused (CLAUSE_LANGUAGE_MISSING naming the clause and language) rather than
 * filled in or dropped: the languages are aligned clause by clause or the text is not
 * an agreement text yet. `field` is a path into the command payload (`text.clauses.1.text.ja`).
 */
export function textViolation(text: AgreementText, path = 'text'): DomainError | null {
  const tags = text.languages.map((language) => language.tag);
  const duplicateTag = tags.find((tag, index) => tags.indexOf(tag) !== index);
  if (duplicateTag !== undefined) {
    return new DomainError(
      AgreementErrorCode.TextLanguageDuplicated,
      `The language ${duplicateTag} is declared twice`,
      `${path}.languages`,
    );
  }
  if (!text.languages.some((language) => language.authentic)) {
    return new DomainError(
      AgreementErrorCode.TextNoAuthenticLanguage,
      'At least one language of the text must be authentic',
      `${path}.languages`,
    );
  }
  const keys = new Set<string>();
  for (const [index, clause] of text.clauses.entries()) {
    const at = `${path}.clauses.${index}`;
    if (keys.has(clause.key)) {
      return new DomainError(
        AgreementErrorCode.ClauseKeyDuplicated,
        `Clause ${index + 1} reuses the key "${clause.key}" of an earlier clause`,
        `${at}.key`,
      );
    }
    keys.add(clause.key);
    const problem =
      languageProblem(clause.title, tags, index, `${at}.title`) ??
      languageProblem(clause.text, tags, index, `${at}.text`);
    if (problem !== null) return problem;
  }
  return null;
}

/** Proposed wording must be given in exactly the text's languages, like a clause. */
export function wordingViolation(
  wording: LocalizedText,
  text: AgreementText,
  clauseIndex: number,
): DomainError | null {
  const tags = text.languages.map((language) => language.tag);
  return languageProblem(wording, tags, clauseIndex, 'wording');
}

function languageProblem(
  value: LocalizedText,
  tags: readonly string[],
  clauseIndex: number,
  path: string,
): DomainError | null {
  const missing = tags.find((tag) => (value[tag] ?? '').trim() === '');
  if (missing !== undefined) {
    return new DomainError(
      AgreementErrorCode.ClauseLanguageMissing,
      `Clause ${clauseIndex + 1} has no ${path.endsWith('title') ? 'title' : 'text'} in ${missing}, a language of the text`,
      `${path}.${missing}`,
    );
  }
  const extra = Object.keys(value).find((tag) => !tags.includes(tag));
  if (extra !== undefined) {
    return new DomainError(
      AgreementErrorCode.ClauseLanguageUndeclared,
      `Clause ${clauseIndex + 1} is written in ${extra}, which the text does not declare`,
      `${path}.${extra}`,
    );
  }
  return null;
}

/** The version under negotiation now: the last round, if negotiation has a text. */
export function currentVersion(text: TextFacts): TextVersion | undefined {
  return text.versions[text.versions.length - 1];
}

/**
 * Clauses not ready to finalise: never reviewed, flagged, or with wording proposed
 * (a proposal is a request for another round, not a clearance). Numbers are 1-based.
 */
export function unclearedClauses(text: TextFacts): { number: number; clause: Clause }[] {
  const version = currentVersion(text);
  if (version === undefined) return [];
  return version.text.clauses
    .map((clause, index) => ({ number: index + 1, clause }))
    .filter(({ clause }) => text.reviews[clause.key]?.status !== 'cleared');
}
