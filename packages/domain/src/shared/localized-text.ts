import { z } from 'zod';

/**
 * A text in one or more languages, keyed by BCP 47 language tag ("vi", "ja", "ru", "en").
 * Agreements are bilingual by nature, so every human-facing field is one of these.
 * Values are stored exactly as given (no trimming or normalisation) so that
 * Vietnamese, Russian and Japanese text round-trips byte for byte.
 */
export type LocalizedText = Record<string, string>;

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const localizedTextSchema = z
  .record(
    z.string().regex(LANGUAGE_TAG, { message: 'must be a language code such as "vi" or "ja"' }),
    z
      .string()
      .max(2000, { message: 'must be at most 2000 characters' })
      .refine((text) => text.trim().length > 0, { message: 'must not be blank' }),
  )
  .refine((value) => Object.keys(value).length > 0, {
    message: 'needs a text in at least one language',
  });

/** The languages the UI speaks; agreement texts may be in any language. */
export const UI_LANGUAGES = ['en', 'vi', 'ru', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Picks the text to show: the preferred language, then English, then the first one given. */
export function pickText(text: LocalizedText, preferred: readonly string[]): string {
  for (const lang of [...preferred, 'en']) {
    const value = text[lang];
    if (value !== undefined) return value;
  }
  return Object.values(text)[0] ?? '';
}
