import {
  agreementTextSchema,
  textViolation,
  type AgreementText,
  type Clause,
  type TextLanguage,
} from '@concordat/domain';

/**
 * The editor's operations on a text, pure so they are tested without a browser. Each
 * returns a new text; clause keys are made once and kept through edits and moves, so the
 * review status and the diff follow a clause wherever it goes.
 */

export function emptyText(languages: readonly string[] = ['vi', 'ja']): AgreementText {
  return {
    languages: languages.map((tag) => ({ tag, authentic: true })),
    clauses: [newClause(languages)],
  };
}

export function newClause(languages: readonly string[], key = makeClauseKey()): Clause {
  const blank = Object.fromEntries(languages.map((tag) => [tag, '']));
  return { key, title: { ...blank }, text: { ...blank } };
}

export function makeClauseKey(): string {
  return `c-${crypto.randomUUID()}`;
}

export function addClause(text: AgreementText, key?: string): AgreementText {
  const tags = text.languages.map((language) => language.tag);
  return { ...text, clauses: [...text.clauses, newClause(tags, key)] };
}

export function removeClause(text: AgreementText, index: number): AgreementText {
  return { ...text, clauses: text.clauses.filter((_, at) => at !== index) };
}

/** Moves the clause at `index` by `by` places (−1 up, +1 down), staying within the list. */
export function moveClause(text: AgreementText, index: number, by: number): AgreementText {
  const target = index + by;
  const clause = text.clauses[index];
  if (clause === undefined || target < 0 || target >= text.clauses.length) return text;
  const clauses = text.clauses.filter((_, at) => at !== index);
  clauses.splice(target, 0, clause);
  return { ...text, clauses };
}

/** A new language gets an empty title and text in every clause, to be filled in. */
export function addLanguage(text: AgreementText, language: TextLanguage): AgreementText {
  if (text.languages.some((existing) => existing.tag === language.tag)) return text;
  return {
    languages: [...text.languages, language],
    clauses: text.clauses.map((clause) => ({
      ...clause,
      title: { ...clause.title, [language.tag]: '' },
      text: { ...clause.text, [language.tag]: '' },
    })),
  };
}

export function removeLanguage(text: AgreementText, tag: string): AgreementText {
  const without = ({ [tag]: _removed, ...rest }: Record<string, string>) => rest;
  return {
    languages: text.languages.filter((language) => language.tag !== tag),
    clauses: text.clauses.map((clause) => ({
      ...clause,
      title: without(clause.title),
      text: without(clause.text),
    })),
  };
}

export interface TextProblem {
  /** Path into the text, as the api names it (`clauses.1.text.ja`). */
  field: string;
  message: string;
}

/**
 * The first problem with the text, checked with the same schema and rules as the api
 * (blank strings count as missing, as they do there), or null when it can be sent.
 */
export function firstTextProblem(text: AgreementText): TextProblem | null {
  const parsed = agreementTextSchema.safeParse(text);
  if (!parsed.success) {
    const rule = textViolation(withoutBlanks(text), '');
    if (rule !== null)
      return { field: (rule.field ?? '').replace(/^\./, ''), message: rule.message };
    const issue = parsed.error.issues[0];
    return { field: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
  }
  const rule = textViolation(parsed.data, '');
  return rule === null
    ? null
    : { field: (rule.field ?? '').replace(/^\./, ''), message: rule.message };
}

/** Blank inputs are "not written yet": left out, so the alignment rule names them. */
function withoutBlanks(text: AgreementText): AgreementText {
  const filled = (value: Record<string, string>) =>
    Object.fromEntries(Object.entries(value).filter(([, entry]) => entry.trim() !== ''));
  return {
    ...text,
    clauses: text.clauses.map((clause) => ({
      ...clause,
      title: filled(clause.title),
      text: filled(clause.text),
    })),
  };
}
