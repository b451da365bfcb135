/** Languages offered first for agreement texts; any other BCP 47 code can be typed in. */
export const COMMON_TEXT_LANGUAGES = [
  'vi',
  'ja',
  'ru',
  'en',
  'lo',
  'km',
  'th',
  'zh',
  'ko',
  'fr',
  'de',
  'es',
];

const languageNames = new Map<string, Intl.DisplayNames>();

/** The language's name in the given UI locale ("tiếng Nhật", "японский", "日本語"), else the code. */
export function languageName(code: string, locale: string): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    languageNames.set(locale, names);
  }
  try {
    const name = names.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return code;
  }
}

/** The order to show a text's languages in: the UI language first, then as given. */
export function orderLanguages(codes: readonly string[], uiLanguage: string): string[] {
  return [...codes].sort((a, b) => Number(b === uiLanguage) - Number(a === uiLanguage));
}
