import { UI_LANGUAGES, type UiLanguage } from '@concordat/domain';

export const LOCALE_STORAGE_KEY = 'concordat.locale';
export const DEFAULT_LOCALE: UiLanguage = 'en';

/** The locale each UI language formats dates and numbers with. */
export const INTL_LOCALES: Record<UiLanguage, string> = {
  en: 'en-GB',
  vi: 'vi-VN',
  ru: 'ru-RU',
  ja: 'ja-JP',
};

/**
 * Each language's name in that language, as a language switcher shows it: a reader
 * looks for their own language's name, whatever the current UI language.
 */
export const LANGUAGE_AUTONYMS: Record<UiLanguage, string> = {
  en: 'English',
  vi: 'Tiếng Việt',
  ru: 'Русский',
  ja: '日本語',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

function readStoredLocale(): UiLanguage | null {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isUiLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Marks the page with the UI language (`<html lang>`) and remembers it for the next visit. */
export function rememberLocale(locale: UiLanguage): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

/** The remembered choice, else the browser's first supported language, else English. */
export function detectLocale(): UiLanguage {
  const stored = readStoredLocale();
  if (stored) return stored;
  const preferred =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return DEFAULT_LOCALE;
}
