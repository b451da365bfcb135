import { describe, expect, it } from 'vitest';
import {
  emptyDraftForm,
  serverFieldErrors,
  toPayload,
  validateDraft,
  type DraftForm,
} from './draft-form';

function formWith(patch: Partial<DraftForm>): DraftForm {
  return { ...emptyDraftForm('vi'), ...patch };
}

describe('create-draft form', () => {
  it('builds the payload exactly as typed and leaves blank optional fields out', () => {
    const form = formWith({
      titles: [
        { key: 1, lang: 'vi', text: '  Biên bản ghi nhớ  ' },
        { key: 2, lang: 'ja', text: '覚書' },
      ],
      partners: [
        { key: 3, name: '', country: '' },
        { key: 4, name: 'Hiệp hội', country: 'JP' },
      ],
    });
    expect(toPayload(form)).toEqual({
      input: {
        title: { vi: '  Biên bản ghi nhớ  ', ja: '覚書' },
        partners: [{ name: 'Hiệp hội', country: 'JP' }],
      },
      partnerRows: [1],
    });
  });

  it('asks for a title when none is given', () => {
    const result = validateDraft(formWith({}));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors['titles.0.text']).toEqual({ key: 'agreements.validation.blank' });
  });

  it('rejects a blank title in one language, at that language row', () => {
    const result = validateDraft(
      formWith({
        titles: [
          { key: 1, lang: 'vi', text: 'Hợp tác' },
          { key: 2, lang: 'ja', text: '   ' },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(['titles.1.text']);
  });

  it('rejects the same language twice and a partner without a country', () => {
    const result = validateDraft(
      formWith({
        titles: [
          { key: 1, lang: 'vi', text: 'A' },
          { key: 2, lang: 'vi', text: 'B' },
        ],
        partners: [{ key: 3, name: 'JPSA', country: '' }],
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors['titles.1.lang']).toEqual({
        key: 'agreements.validation.duplicateLanguage',
      });
      expect(result.errors['partners.0.country']).toEqual({ key: 'agreements.validation.country' });
    }
  });

  it('rejects an end date before the start date, at the end date', () => {
    const result = validateDraft(
      formWith({
        titles: [{ key: 1, lang: 'en', text: 'MoU' }],
        startsOn: '2027-01-01',
        endsOn: '2026-12-31',
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.endsOn).toEqual({ key: 'agreements.validation.endBeforeStart' });
  });

  it('accepts a valid draft', () => {
    const result = validateDraft(
      formWith({
        titles: [{ key: 1, lang: 'ru', text: 'Меморандум' }],
        type: 'mou',
        summary: 'Сотрудничество',
        summaryLang: 'ru',
        partners: [{ key: 2, name: 'JPSA', country: 'JP' }],
        startsOn: '2026-01-01',
        endsOn: '2028-12-31',
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      input: { title: { ru: 'Меморандум' }, summary: { ru: 'Сотрудничество' } },
    });
  });

  it('puts server field errors on the form rows they name', () => {
    const form = formWith({
      titles: [
        { key: 1, lang: 'ja', text: 'A' },
        { key: 2, lang: 'vi', text: 'B' },
      ],
      partners: [
        { key: 3, name: '', country: '' },
        { key: 4, name: 'X', country: 'ZZ' },
      ],
    });
    const { partnerRows } = toPayload(form);
    expect(
      serverFieldErrors(
        {
          'title.vi': 'too long',
          'partners.0.country': 'unknown country',
          startsOn: 'bad date',
          weird: 'x',
        },
        form,
        partnerRows,
      ),
    ).toEqual({
      'titles.1.text': { text: 'too long' },
      'partners.1.country': { text: 'unknown country' },
      startsOn: { text: 'bad date' },
      form: { text: 'x' },
    });
  });
});
