import { UI_LANGUAGES } from '@concordat/domain';
import { describe, expect, it } from 'vitest';
import { messages, NAMESPACES } from './index';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('locales', () => {
  const english = messages.en;

  it.each(UI_LANGUAGES.filter((lang) => lang !== 'en'))(
    '%s has exactly the keys English has',
    (lang) => {
      for (const namespace of NAMESPACES) {
        const expected = keysOf(english[namespace]).sort();
        const actual = keysOf(messages[lang][namespace]).sort();
        expect({ namespace, missing: expected.filter((key) => !actual.includes(key)) }).toEqual({
          namespace,
          missing: [],
        });
        expect({ namespace, extra: actual.filter((key) => !expected.includes(key)) }).toEqual({
          namespace,
          extra: [],
        });
      }
    },
  );

  it.each(UI_LANGUAGES.filter((lang) => lang !== 'en'))(
    '%s uses the same placeholders as English',
    (lang) => {
      for (const namespace of NAMESPACES) {
        const englishTexts = new Map(leaves(english[namespace]));
        for (const [key, text] of leaves(messages[lang][namespace])) {
          const reference = englishTexts.get(key);
          if (typeof text !== 'string' || typeof reference !== 'string') continue;
          expect({
            key: `${namespace}.${key}`,
            placeholders: [...new Set(placeholdersOf(text))],
          }).toEqual({
            key: `${namespace}.${key}`,
            placeholders: [...new Set(placeholdersOf(reference))],
          });
        }
      }
    },
  );

  it.each(UI_LANGUAGES)('%s has no empty message', (lang) => {
    for (const namespace of NAMESPACES) {
      const empty = leaves(messages[lang][namespace]).filter(
        ([, text]) => typeof text !== 'string' || text.trim() === '',
      );
      expect(empty.map(([key]) => `${namespace}.${key}`)).toEqual([]);
    }
  });
});
