import type { UiLanguage } from '@concordat/domain';
import { createI18n } from 'vue-i18n';
import { messages, type MessageSchema } from '@/locales';
import { DEFAULT_LOCALE, detectLocale, rememberLocale } from './locale';

/** Russian has three plural forms (1 соглашение, 2 соглашения, 5 соглашений). */
const russianPlural = new Intl.PluralRules('ru-RU');
function pluralRuleRu(choice: number, choicesLength: number): number {
  if (choicesLength < 3) return choice === 1 ? 0 : 1;
  switch (russianPlural.select(choice)) {
    case 'one':
      return 0;
    case 'few':
      return 1;
    default:
      return 2;
  }
}

const numberFormat = { integer: { style: 'decimal', maximumFractionDigits: 0 } } as const;

export function createAppI18n(locale: UiLanguage = detectLocale()) {
  return createI18n<[MessageSchema], UiLanguage, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    pluralRules: { ru: pluralRuleRu },
    numberFormats: {
      en: numberFormat,
      vi: numberFormat,
      ru: numberFormat,
      ja: numberFormat,
    },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

export const i18n = createAppI18n();

/** Switches the UI language everywhere: messages, `<html lang>`, and the remembered choice. */
export function applyLocale(target: AppI18n, locale: UiLanguage): void {
  target.global.locale.value = locale;
  rememberLocale(locale);
}
