import type { UiLanguage } from '@concordat/domain';
import en from 'element-plus/es/locale/lang/en';
import ja from 'element-plus/es/locale/lang/ja';
import ru from 'element-plus/es/locale/lang/ru';
import vi from 'element-plus/es/locale/lang/vi';

type ElementPlusLocale = typeof en;

/** Element Plus's own texts (pagination, date picker, empty states) follow the UI language. */
export const ELEMENT_PLUS_LOCALES: Record<UiLanguage, ElementPlusLocale> = { en, vi, ru, ja };
