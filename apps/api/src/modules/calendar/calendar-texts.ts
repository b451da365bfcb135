import { type UiLanguage, pickText } from '@concordat/domain';
import type { CalendarEntry, CalendarEntryKind } from './calendar-source.js';

type Summary = (title: string, step: string) => string;

/** Event titles in the reader's language. */
const SUMMARIES: Record<CalendarEntryKind, Record<UiLanguage, Summary>> = {
  review_due: {
    en: (title) => `Review due: ${title}`,
    vi: (title) => `Hạn rà soát: ${title}`,
    ru: (title) => `Срок пересмотра: ${title}`,
    ja: (title) => `見直し期限：${title}`,
  },
  expires: {
    en: (title) => `Expires: ${title}`,
    vi: (title) => `Hết hiệu lực: ${title}`,
    ru: (title) => `Истекает срок: ${title}`,
    ja: (title) => `失効：${title}`,
  },
  approval_due: {
    en: (title, step) => `Approval step ${step} due: ${title}`,
    vi: (title, step) => `Hạn phê duyệt bước ${step}: ${title}`,
    ru: (title, step) => `Срок этапа ${step} согласования: ${title}`,
    ja: (title, step) => `承認ステップ${step}の期限：${title}`,
  },
};

export const CALENDAR_NAMES: Record<UiLanguage, string> = {
  en: 'Concordat: my dates',
  vi: 'Concordat: các mốc của tôi',
  ru: 'Concordat: мои сроки',
  ja: 'Concordat：私の期限',
};

export function summaryOf(entry: CalendarEntry, language: UiLanguage): string {
  return SUMMARIES[entry.kind][language](
    pickText(entry.title, [language, 'en']),
    String(entry.step ?? ''),
  );
}
