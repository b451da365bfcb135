import type { LocalizedText } from '@concordat/domain';

export interface ShownText {
  lang: string;
  text: string;
}

/**
 * The languages of `text` in the order to show them: the UI language first, then the
 * agreement's order (the title's languages as the user gave them), then any others
 * alphabetically. Never the object's key order: the api stores these texts as jsonb, which
 * reorders keys (Japanese before Vietnamese), so the key order is not the user's.
 */
function orderedLanguages(
  text: LocalizedText,
  uiLanguage: string,
  order: readonly string[],
): string[] {
  const wanted = [uiLanguage, ...order, ...Object.keys(text).sort()];
  return [...new Set(wanted)].filter((lang) => text[lang] !== undefined);
}

/** The text in the UI language when there is one, else in the agreement's first language. */
export function textForUi(
  text: LocalizedText | null | undefined,
  uiLanguage: string,
  order: readonly string[] = [],
): ShownText | null {
  return allTexts(text, uiLanguage, order)[0] ?? null;
}

/** Every language of a text, the UI language first, then in the agreement's order. */
export function allTexts(
  text: LocalizedText | null | undefined,
  uiLanguage: string,
  order: readonly string[] = [],
): ShownText[] {
  if (!text) return [];
  return orderedLanguages(text, uiLanguage, order).map((lang) => ({
    lang,
    text: text[lang] ?? '',
  }));
}
