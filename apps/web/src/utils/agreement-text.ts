import type { LocalizedText } from '@concordat/domain';

export interface ShownText {
  lang: string;
  text: string;
}

/** The text in the UI language when there is one, else in the agreement's first language. */
export function textForUi(
  text: LocalizedText | null | undefined,
  uiLanguage: string,
): ShownText | null {
  if (!text) return null;
  const own = text[uiLanguage];
  if (own !== undefined) return { lang: uiLanguage, text: own };
  const first = Object.entries(text)[0];
  return first ? { lang: first[0], text: first[1] } : null;
}

/** Every language of a text, the UI language first. */
export function allTexts(text: LocalizedText | null | undefined, uiLanguage: string): ShownText[] {
  if (!text) return [];
  const entries = Object.entries(text).map(([lang, value]) => ({ lang, text: value }));
  return entries.sort((a, b) => Number(b.lang === uiLanguage) - Number(a.lang === uiLanguage));
}
