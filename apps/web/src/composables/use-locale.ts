import type { UiLanguage } from '@concordat/domain';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { ELEMENT_PLUS_LOCALES } from '@/i18n/element-plus-locales';
import { INTL_LOCALES, isUiLanguage, rememberLocale } from '@/i18n/locale';

/** The UI language, and the one way to change it (remembered in localStorage). */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' });

  const current = computed<UiLanguage>(() => (isUiLanguage(locale.value) ? locale.value : 'en'));
  const intl = computed(() => INTL_LOCALES[current.value]);
  const elementPlusLocale = computed(() => ELEMENT_PLUS_LOCALES[current.value]);

  function setLocale(next: UiLanguage): void {
    locale.value = next;
    rememberLocale(next);
  }

  return { locale: current, intl, elementPlusLocale, setLocale };
}
