import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLocale, createAppI18n } from './index';
import { LOCALE_STORAGE_KEY, detectLocale } from './locale';

function browserLanguages(languages: string[]): void {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
}

describe('UI language', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts from the browser’s first supported language', () => {
    browserLanguages(['de-DE', 'ja-JP', 'en']);
    expect(detectLocale()).toBe('ja');
  });

  it('falls back to English when the browser speaks none of ours', () => {
    browserLanguages(['de-DE', 'fr']);
    expect(detectLocale()).toBe('en');
  });

  it('remembers the chosen language and sets <html lang>', () => {
    browserLanguages(['en-GB']);
    const i18n = createAppI18n('en');
    applyLocale(i18n, 'vi');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('vi');
    expect(document.documentElement.lang).toBe('vi');
    expect(detectLocale()).toBe('vi');
  });

  it('uses Russian plural forms', () => {
    const { global } = createAppI18n('ru');
    const total = (n: number) => global.t('agreements.list.total', { count: n }, n);
    expect([total(1), total(3), total(5), total(21)]).toEqual([
      '1 соглашение',
      '3 соглашения',
      '5 соглашений',
      '21 соглашение',
    ]);
  });
});
