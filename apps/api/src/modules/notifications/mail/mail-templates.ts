import {
  type LocalizedText,
  type NotificationKind,
  type NotificationParams,
  type UiLanguage,
  pickText,
} from '@concordat/domain';
import { COMMITMENT_TEMPLATES } from './commitment-mail-templates.js';

export interface RenderedMail {
  subject: string;
  body: string;
}

export type Template = (v: Values) => RenderedMail;

export interface Values {
  title: string;
  date: string;
  step: string;
  days: string;
  forName: string;
  /** How many items a digest lists. */
  count: string;
  /** A digest's items, one line each, in the reader's language. */
  list: string;
}

/**
 * The mail for each kind in each UI language. The texts say what happened and by when,
 * with the agreement's title in the reader's language where the agreement has it.
 */
const TEMPLATES: Record<NotificationKind, Record<UiLanguage, Template>> = {
  'approval.due_soon': {
    en: (v) => ({
      subject: `Approval due soon: ${v.title}`,
      body: `Step ${v.step} of the approval of “${v.title}” is due on ${v.date}. Please decide before the deadline.`,
    }),
    vi: (v) => ({
      subject: `Sắp đến hạn phê duyệt: ${v.title}`,
      body: `Bước ${v.step} trong quy trình phê duyệt “${v.title}” đến hạn vào ${v.date}. Vui lòng quyết định trước thời hạn.`,
    }),
    ru: (v) => ({
      subject: `Скоро срок согласования: ${v.title}`,
      body: `Срок этапа ${v.step} согласования «${v.title}» — ${v.date}. Пожалуйста, примите решение до срока.`,
    }),
    ja: (v) => ({
      subject: `承認期限が近づいています：${v.title}`,
      body: `「${v.title}」の承認ステップ${v.step}の期限は${v.date}です。期限までに判断してください。`,
    }),
  },
  'approval.overdue': {
    en: (v) => ({
      subject: `Approval overdue: ${v.title}`,
      body: `Step ${v.step} of the approval of “${v.title}” was due on ${v.date} and is still waiting for your decision.`,
    }),
    vi: (v) => ({
      subject: `Quá hạn phê duyệt: ${v.title}`,
      body: `Bước ${v.step} trong quy trình phê duyệt “${v.title}” đã đến hạn vào ${v.date} và vẫn đang chờ quyết định của bạn.`,
    }),
    ru: (v) => ({
      subject: `Просрочено согласование: ${v.title}`,
      body: `Срок этапа ${v.step} согласования «${v.title}» истёк ${v.date}; решение всё ещё ожидается от вас.`,
    }),
    ja: (v) => ({
      subject: `承認期限超過：${v.title}`,
      body: `「${v.title}」の承認ステップ${v.step}は${v.date}が期限でしたが、まだあなたの判断を待っています。`,
    }),
  },
  'approval.escalated': {
    en: (v) => ({
      subject: `Escalated approval: ${v.title}`,
      body: `Step ${v.step} of the approval of “${v.title}” is ${v.days} days past its deadline (${v.date}) and has been escalated to you so it does not stall. Waiting for: ${v.forName}.`,
    }),
    vi: (v) => ({
      subject: `Phê duyệt được chuyển cấp: ${v.title}`,
      body: `Bước ${v.step} trong quy trình phê duyệt “${v.title}” đã quá hạn ${v.days} ngày (hạn ${v.date}) và được chuyển cho bạn để không bị đình trệ. Đang chờ: ${v.forName}.`,
    }),
    ru: (v) => ({
      subject: `Эскалация согласования: ${v.title}`,
      body: `Этап ${v.step} согласования «${v.title}» просрочен на ${v.days} дн. (срок ${v.date}) и передан вам, чтобы он не застопорился. Ожидается решение: ${v.forName}.`,
    }),
    ja: (v) => ({
      subject: `承認のエスカレーション：${v.title}`,
      body: `「${v.title}」の承認ステップ${v.step}は期限（${v.date}）を${v.days}日過ぎたため、滞らないようあなたに回されました。待機中：${v.forName}。`,
    }),
  },
  'agreement.review_started': {
    en: (v) => ({
      subject: `Review started: ${v.title}`,
      body: `“${v.title}” expires on ${v.date}. Its renewal review has started automatically; please prepare the decision to renew, amend or let it expire.`,
    }),
    vi: (v) => ({
      subject: `Bắt đầu rà soát: ${v.title}`,
      body: `“${v.title}” hết hiệu lực vào ${v.date}. Việc rà soát gia hạn đã tự động bắt đầu; vui lòng chuẩn bị quyết định gia hạn, sửa đổi hoặc để hết hiệu lực.`,
    }),
    ru: (v) => ({
      subject: `Начат пересмотр: ${v.title}`,
      body: `Срок действия «${v.title}» истекает ${v.date}. Пересмотр для продления начат автоматически; подготовьте решение: продлить, изменить или дать истечь.`,
    }),
    ja: (v) => ({
      subject: `見直し開始：${v.title}`,
      body: `「${v.title}」は${v.date}に失効します。更新の見直しが自動的に開始されました。更新・改定・失効のいずれかの判断を準備してください。`,
    }),
  },
  'agreement.renewal_notice_due': {
    en: (v) => ({
      subject: `Notice deadline approaching: ${v.title}`,
      body: `“${v.title}” renews itself automatically unless notice is given by ${v.date} (${v.days} days left).`,
    }),
    vi: (v) => ({
      subject: `Sắp hết hạn thông báo: ${v.title}`,
      body: `“${v.title}” sẽ tự động gia hạn trừ khi có thông báo trước ngày ${v.date} (còn ${v.days} ngày).`,
    }),
    ru: (v) => ({
      subject: `Приближается срок уведомления: ${v.title}`,
      body: `«${v.title}» продлится автоматически, если уведомление не будет направлено до ${v.date} (осталось ${v.days} дн.).`,
    }),
    ja: (v) => ({
      subject: `通知期限が近づいています：${v.title}`,
      body: `「${v.title}」は${v.date}までに通知しない限り自動更新されます（残り${v.days}日）。`,
    }),
  },
  'agreement.review_assigned': {
    en: (v) => ({
      subject: `Review assigned to you: ${v.title}`,
      body: `The renewal review of “${v.title}” (expiring on ${v.date}) is assigned to you. Its page shows the commitment scorecard, the partner's other agreements and the open items; please propose the decision.`,
    }),
    vi: (v) => ({
      subject: `Bạn được giao rà soát: ${v.title}`,
      body: `Việc rà soát gia hạn “${v.title}” (hết hiệu lực vào ${v.date}) được giao cho bạn. Trang rà soát có bảng kết quả thực hiện cam kết, các văn bản khác với đối tác và các việc còn mở; vui lòng đề xuất quyết định.`,
    }),
    ru: (v) => ({
      subject: `Вам поручен пересмотр: ${v.title}`,
      body: `Пересмотр «${v.title}» (срок действия истекает ${v.date}) поручен вам. На его странице — сводка выполнения обязательств, другие соглашения с партнёром и открытые вопросы; предложите, пожалуйста, решение.`,
    }),
    ja: (v) => ({
      subject: `見直しの担当になりました：${v.title}`,
      body: `「${v.title}」（${v.date}に失効）の更新の見直しがあなたに割り当てられました。見直しページに約束事項の実績、相手方との他の協定、未完了の事項が表示されます。判断を提案してください。`,
    }),
  },
  ...COMMITMENT_TEMPLATES,
};

const FOOTER: Record<UiLanguage, string> = {
  en: 'Open it in Concordat:',
  vi: 'Mở trong Concordat:',
  ru: 'Открыть в Concordat:',
  ja: 'Concordatで開く：',
};

const PREFERENCES_NOTE: Record<UiLanguage, string> = {
  en: 'You can choose which notifications reach you by mail in your notification settings.',
  vi: 'Bạn có thể chọn những thông báo được gửi qua email trong phần cài đặt thông báo.',
  ru: 'Какие уведомления приходят по почте, можно выбрать в настройках уведомлений.',
  ja: 'メールで受け取る通知は、通知設定で選べます。',
};

/** Dates as the reader writes them, in UTC (deadlines are UTC moments or calendar days). */
function formatDate(value: string | undefined, language: UiLanguage): string {
  if (value === undefined) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(value),
  );
}

/**
 * A title in the reader's language, else in the agreement's own order of languages (as the
 * UI shows it), else English or any: never the jsonb key order, which is not the user's.
 */
function titleFor(
  title: LocalizedText,
  titleLanguages: readonly string[] | undefined,
  language: UiLanguage,
): string {
  return pickText(title, [language, ...(titleLanguages ?? [])]);
}

export function renderMail(
  kind: NotificationKind,
  params: NotificationParams,
  language: UiLanguage,
  link: string,
): RenderedMail {
  const { subject, body } = TEMPLATES[kind][language]({
    title:
      params.title === undefined ? '' : titleFor(params.title, params.titleLanguages, language),
    date: formatDate(params.dueAt, language),
    step: String(params.step ?? ''),
    days: String(params.days ?? ''),
    forName: params.forName ?? '',
    count: String(params.items?.length ?? ''),
    list: (params.items ?? [])
      .map(
        (item) =>
          `• ${titleFor(item.title, item.titleLanguages, language)} (${formatDate(item.dueOn, language)})`,
      )
      .join('\n'),
  });
  return {
    subject,
    body: `${body}\n\n${FOOTER[language]} ${link}\n\n— Concordat\n${PREFERENCES_NOTE[language]}\n`,
  };
}
