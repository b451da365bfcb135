import { pickText } from './localized-text.js';

describe('pickText', () => {
  const title = { vi: 'Biên bản ghi nhớ', ja: '覚書', en: 'Memorandum' };

  it('prefers the first preferred language that has a text', () => {
    expect(pickText(title, ['ru', 'ja'])).toBe('覚書');
  });

  it('falls back to English', () => {
    expect(pickText(title, ['ru'])).toBe('Memorandum');
  });

  it('falls back to the first text given when there is no English', () => {
    expect(pickText({ ru: 'Меморандум', vi: 'Biên bản' }, ['ja'])).toBe('Меморандум');
  });

  it('gives an empty string for an empty text', () => {
    expect(pickText({}, ['en'])).toBe('');
  });
});
