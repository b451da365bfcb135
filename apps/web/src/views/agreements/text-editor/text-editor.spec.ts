import { describe, expect, it } from 'vitest';
import {
  addClause,
  addLanguage,
  emptyText,
  firstTextProblem,
  moveClause,
  removeClause,
  removeLanguage,
} from './text-editor';

const filled = () => {
  let text = addClause(emptyText(['vi', 'ja']), 'second');
  text = {
    ...text,
    clauses: text.clauses.map((clause, index) => ({
      ...clause,
      title: { vi: `Điều ${index + 1}`, ja: `第${index + 1}条` },
      text: { vi: 'Hai bên hợp tác.', ja: '両者は協力する。' },
    })),
  };
  return text;
};

describe('the text editor', () => {
  it('starts with one clause in every language, each language authentic', () => {
    const text = emptyText(['vi', 'ja']);
    expect(text.languages).toEqual([
      { tag: 'vi', authentic: true },
      { tag: 'ja', authentic: true },
    ]);
    expect(text.clauses).toHaveLength(1);
    expect(Object.keys(text.clauses[0]?.text ?? {})).toEqual(['vi', 'ja']);
  });

  it('moves clauses and keeps their keys, and does not move past either end', () => {
    const text = filled();
    const keys = text.clauses.map((clause) => clause.key);
    expect(moveClause(text, 1, -1).clauses.map((clause) => clause.key)).toEqual(
      [...keys].reverse(),
    );
    expect(moveClause(text, 0, -1)).toBe(text);
    expect(moveClause(text, 1, 1)).toBe(text);
    expect(removeClause(text, 0).clauses.map((clause) => clause.key)).toEqual([keys[1]]);
  });

  it('adds a language to every clause and removes it from every clause', () => {
    const original = filled();
    const text = addLanguage(original, { tag: 'en', authentic: false });
    expect(text.clauses.every((clause) => clause.text.en === '' && clause.title.en === '')).toBe(
      true,
    );
    expect(removeLanguage(text, 'en')).toEqual(original);
  });

  it('accepts a complete text and names the first clause and language left blank', () => {
    expect(firstTextProblem(filled())).toBeNull();
    const text = filled();
    const blank = {
      ...text,
      clauses: text.clauses.map((clause, index) =>
        index === 1 ? { ...clause, text: { ...clause.text, ja: ' ' } } : clause,
      ),
    };
    expect(firstTextProblem(blank)).toMatchObject({ field: 'clauses.1.text.ja' });
  });

  it('refuses a text without an authentic language, as the api does', () => {
    const text = filled();
    const problem = firstTextProblem({
      ...text,
      languages: text.languages.map((language) => ({ ...language, authentic: false })),
    });
    expect(problem).toMatchObject({ field: 'languages' });
  });
});
