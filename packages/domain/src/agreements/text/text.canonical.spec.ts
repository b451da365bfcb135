import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { SAMPLE_TEXT } from '../agreement.fixtures.js';
import { canonicalText, sameClauseContent, sameText, textHash } from './text.canonical.js';
import type { AgreementText } from './text.model.js';

const nodeSha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

describe('canonicalText', () => {
  it('writes sorted keys, sorted languages, numbered clauses and no clause keys', () => {
    const text: AgreementText = {
      languages: [
        { tag: 'vi', authentic: true },
        { tag: 'ja', authentic: false },
      ],
      clauses: [
        {
          key: 'purpose',
          title: { vi: 'Mục đích', ja: '目的' },
          text: { ja: '協力', vi: 'Hợp tác' },
        },
      ],
    };
    expect(canonicalText(text)).toBe(
      '{"clauses":[{"number":1,"text":{"ja":"協力","vi":"Hợp tác"},"title":{"ja":"目的","vi":"Mục đích"}}],' +
        '"format":"concordat.text/1","languages":[{"authentic":false,"tag":"ja"},{"authentic":true,"tag":"vi"}]}',
    );
  });

  it('does not depend on the order languages are declared or keys were typed in', () => {
    const reordered: AgreementText = {
      languages: [...SAMPLE_TEXT.languages].reverse(),
      clauses: SAMPLE_TEXT.clauses.map((clause) => ({
        key: `${clause.key}-renamed`,
        title: Object.fromEntries(Object.entries(clause.title).reverse()),
        text: Object.fromEntries(Object.entries(clause.text).reverse()),
      })),
    };
    expect(canonicalText(reordered)).toBe(canonicalText(SAMPLE_TEXT));
  });

  it('depends on the order of the clauses, which is their numbering', () => {
    const swapped = { ...SAMPLE_TEXT, clauses: [...SAMPLE_TEXT.clauses].reverse() };
    expect(textHash(swapped)).not.toBe(textHash(SAMPLE_TEXT));
  });

  it('normalises to NFC, so decomposed Vietnamese hashes as composed Vietnamese', () => {
    const decomposed: AgreementText = {
      ...SAMPLE_TEXT,
      clauses: SAMPLE_TEXT.clauses.map((clause) => ({
        ...clause,
        text: Object.fromEntries(
          Object.entries(clause.text).map(([tag, value]) => [tag, value.normalize('NFD')]),
        ),
      })),
    };
    expect(decomposed.clauses[0]?.text.vi).not.toBe(SAMPLE_TEXT.clauses[0]?.text.vi);
    expect(textHash(decomposed)).toBe(textHash(SAMPLE_TEXT));
  });
});

describe('textHash', () => {
  it('is the SHA-256 of the UTF-8 bytes of the canonical form, as node:crypto computes it', () => {
    expect(textHash(SAMPLE_TEXT)).toBe(nodeSha256(canonicalText(SAMPLE_TEXT)));
    expect(textHash(SAMPLE_TEXT)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('agrees with node:crypto on any text, in any script', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.boolean(),
        (body, authentic) => {
          const text: AgreementText = {
            languages: [{ tag: 'vi', authentic }],
            clauses: [{ key: 'c1', title: { vi: body }, text: { vi: `${body}。日本語` } }],
          };
          expect(textHash(text)).toBe(nodeSha256(canonicalText(text)));
        },
      ),
    );
  });
});

describe('sameClauseContent', () => {
  const [purpose] = SAMPLE_TEXT.clauses;
  if (purpose === undefined) throw new Error('the sample text has clauses');

  it('ignores the key and the NFC form', () => {
    const copy = {
      ...purpose,
      key: 'other',
      text: { ...purpose.text, vi: purpose.text.vi?.normalize('NFD') ?? '' },
    };
    expect(sameClauseContent(purpose, copy)).toBe(true);
  });

  it('notices one changed word in one language', () => {
    const changed = {
      ...purpose,
      text: { ...purpose.text, ja: '両者は、スポーツの発展に協力する。' },
    };
    expect(sameClauseContent(purpose, changed)).toBe(false);
  });

  it('notices a changed title and an added language', () => {
    expect(
      sameClauseContent(purpose, { ...purpose, title: { ...purpose.title, ja: '目的と範囲' } }),
    ).toBe(false);
    expect(
      sameClauseContent(purpose, { ...purpose, text: { ...purpose.text, en: 'Purpose' } }),
    ).toBe(false);
  });
});

describe('sameText', () => {
  it('ignores the order of object keys, as jsonb stores them', () => {
    const reordered = JSON.parse(
      JSON.stringify(SAMPLE_TEXT, (_key, value: unknown) =>
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as AgreementText;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(SAMPLE_TEXT));
    expect(sameText(reordered, SAMPLE_TEXT)).toBe(true);
  });

  it('sees a change of bytes, even one that NFC would hide', () => {
    const nfd = {
      ...SAMPLE_TEXT,
      clauses: SAMPLE_TEXT.clauses.map((clause) => ({
        ...clause,
        title: { ...clause.title, vi: (clause.title.vi ?? '').normalize('NFD') },
      })),
    };
    expect(sameText(nfd, SAMPLE_TEXT)).toBe(false);
    expect(sameText(null, SAMPLE_TEXT)).toBe(false);
  });
});
