import { type UiLanguage, pickText } from '@concordat/domain';
import type {
  CalendarCommitmentStatus,
  CalendarEntry,
  CalendarEntryKind,
} from './calendar-source.js';

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
  commitment_due: {
    en: (title) => `Commitment due: ${title}`,
    vi: (title) => `Hạn cam kết: ${title}`,
    ru: (title) => `Срок обязательства: ${title}`,
    ja: (title) => `約束事項の期限：${title}`,
  },
};

const STATUS_LABEL: Record<UiLanguage, string> = {
  en: 'Status',
  vi: 'Trạng thái',
  ru: 'Статус',
  ja: '状況',
};

const STATUS_NAMES: Record<CalendarCommitmentStatus, Record<UiLanguage, string>> = {
  planned: { en: 'Planned', vi: 'Đã lên kế hoạch', ru: 'Запланировано', ja: '予定' },
  in_progress: { en: 'In progress', vi: 'Đang thực hiện', ru: 'Выполняется', ja: '実施中' },
  overdue: { en: 'Overdue', vi: 'Quá hạn', ru: 'Просрочено', ja: '期限切れ' },
};

export const CALENDAR_NAMES: Record<UiLanguage, string> = {
  en: 'Concordat: my dates',
  vi: 'Concordat: các mốc của tôi',
  ru: 'Concordat: мои сроки',
  ja: 'Concordat：私の期限',
};

export function summaryOf(entry: CalendarEntry, language: UiLanguage): string {
  return SUMMARIES[entry.kind][language](
    pickText(entry.title, [language, ...entry.titleLanguages]),
    String(entry.step ?? ''),
  );
}

/** The event's description: a commitment's status in the reader's language, if it has one. */
export function descriptionOf(entry: CalendarEntry, language: UiLanguage): string | undefined {
  if (entry.status === undefined) return undefined;
  return `${STATUS_LABEL[language]}: ${STATUS_NAMES[entry.status][language]}`;
}
