import type {
  AgreementEvent,
  AgreementStatus,
  ClauseReviewStatus,
  CommitmentEvent,
} from '@concordat/domain';
import type { DossierLanguage } from './dossier-labels.js';

/** Every event type the dossier's timeline can hold: the agreement's and its commitments'. */
export type DossierEventType = AgreementEvent['type'] | CommitmentEvent['type'];

/**
 * The words the dossier prints for stored codes, per language: event types (the timeline
 * prints "Draft approved (DraftApproved)", the code kept for whoever compares with the
 * JSON Lines), agreement statuses and clause verdicts. Typed as records over the domain's
 * unions, so a new event type or status fails to compile until it has its words here.
 * The wording follows the web app's locales (audit.json, agreements.json, text.json).
 */
export interface DossierTerms {
  events: Record<DossierEventType, string>;
  statuses: Record<AgreementStatus, string>;
  verdicts: Record<ClauseReviewStatus, string>;
  commitmentStatuses: Record<'open' | 'cancelled', string>;
}

const en: DossierTerms = {
  events: {
    AgreementDrafted: 'Draft created',
    AgreementDetailsEdited: 'Details edited',
    AgreementSubmittedForApproval: 'Submitted for approval',
    DraftApproved: 'Draft approved',
    DraftReturnedForChanges: 'Draft sent back',
    NegotiationStarted: 'Negotiation started',
    NegotiationRoundOpened: 'Negotiation round opened',
    TextFinalised: 'Text finalised',
    ClearanceToSignRequested: 'Clearance to sign requested',
    ClearedToSign: 'Cleared to sign',
    ClearanceRefused: 'Clearance refused',
    SigningOpened: 'Signing opened',
    AgreementSigned: 'Agreement signed',
    AgreementSuspended: 'Agreement suspended',
    AgreementResumed: 'Agreement resumed',
    ReviewStarted: 'Review started',
    AgreementRenewed: 'Agreement renewed',
    AgreementExpired: 'Agreement expired',
    AgreementTerminated: 'Agreement terminated',
    AgreementWithdrawn: 'Agreement withdrawn',
    ApprovalDecisionRecorded: 'Approval given',
    SignatureRecorded: 'Signature recorded',
    AttachmentAdded: 'Attachment added',
    AgreementTextEdited: 'Text edited',
    ClauseReviewed: 'Clause reviewed',
    AmendmentProposed: 'Amendment proposed',
    AmendmentTookEffect: 'Amendment took effect',
    AmendmentWithdrawn: 'Amendment withdrawn',
    CommitmentPlanned: 'Commitment planned',
    CommitmentEdited: 'Commitment edited',
    OccurrenceStarted: 'Period started',
    OccurrenceFulfilled: 'Period fulfilled',
    OccurrencePartiallyFulfilled: 'Period partly fulfilled',
    OccurrenceMissed: 'Period missed',
    OccurrenceWaived: 'Period waived',
    EvidenceAdded: 'Evidence added',
    CommitmentCancelled: 'Commitment cancelled',
    ReviewDecisionProposed: 'Review decision proposed',
    ReviewDecisionRejected: 'Review decision rejected',
  },
  statuses: {
    draft: 'Draft',
    negotiation: 'Negotiation',
    signing: 'Signing',
    active: 'Active',
    review: 'Under review',
    expired: 'Expired',
    terminated: 'Terminated',
    withdrawn: 'Withdrawn',
  },
  verdicts: {
    cleared: 'Cleared',
    flagged: 'Flagged',
    proposed: 'Wording proposed',
  },
  commitmentStatuses: { open: 'open', cancelled: 'cancelled' },
};

const vi: DossierTerms = {
  events: {
    AgreementDrafted: 'Tạo bản dự thảo',
    AgreementDetailsEdited: 'Sửa thông tin',
    AgreementSubmittedForApproval: 'Gửi phê duyệt',
    DraftApproved: 'Dự thảo được phê duyệt',
    DraftReturnedForChanges: 'Dự thảo bị trả lại',
    NegotiationStarted: 'Bắt đầu đàm phán',
    NegotiationRoundOpened: 'Mở vòng đàm phán',
    TextFinalised: 'Chốt văn bản',
    ClearanceToSignRequested: 'Xin phép ký',
    ClearedToSign: 'Được phép ký',
    ClearanceRefused: 'Từ chối cho phép ký',
    SigningOpened: 'Mở ký kết',
    AgreementSigned: 'Thỏa thuận đã ký',
    AgreementSuspended: 'Tạm ngừng thỏa thuận',
    AgreementResumed: 'Tiếp tục thỏa thuận',
    ReviewStarted: 'Bắt đầu rà soát',
    AgreementRenewed: 'Gia hạn thỏa thuận',
    AgreementExpired: 'Thỏa thuận hết hạn',
    AgreementTerminated: 'Chấm dứt thỏa thuận',
    AgreementWithdrawn: 'Rút thỏa thuận',
    ApprovalDecisionRecorded: 'Đã phê duyệt',
    SignatureRecorded: 'Ghi nhận chữ ký',
    AttachmentAdded: 'Thêm tệp đính kèm',
    AgreementTextEdited: 'Sửa văn bản',
    ClauseReviewed: 'Rà soát điều khoản',
    AmendmentProposed: 'Đề xuất sửa đổi',
    AmendmentTookEffect: 'Sửa đổi có hiệu lực',
    AmendmentWithdrawn: 'Rút sửa đổi',
    CommitmentPlanned: 'Lập cam kết',
    CommitmentEdited: 'Sửa cam kết',
    OccurrenceStarted: 'Bắt đầu thực hiện kỳ',
    OccurrenceFulfilled: 'Hoàn thành kỳ',
    OccurrencePartiallyFulfilled: 'Hoàn thành một phần kỳ',
    OccurrenceMissed: 'Không thực hiện kỳ',
    OccurrenceWaived: 'Miễn thực hiện kỳ',
    EvidenceAdded: 'Thêm minh chứng',
    CommitmentCancelled: 'Hủy cam kết',
    ReviewDecisionProposed: 'Đã đề xuất quyết định rà soát',
    ReviewDecisionRejected: 'Quyết định rà soát bị từ chối',
  },
  statuses: {
    draft: 'Bản nháp',
    negotiation: 'Đang đàm phán',
    signing: 'Đang ký kết',
    active: 'Đang có hiệu lực',
    review: 'Đang rà soát',
    expired: 'Hết hiệu lực',
    terminated: 'Đã chấm dứt',
    withdrawn: 'Đã rút lại',
  },
  verdicts: {
    cleared: 'Đã thông qua',
    flagged: 'Cần xem lại',
    proposed: 'Đề xuất sửa câu chữ',
  },
  commitmentStatuses: { open: 'đang theo dõi', cancelled: 'đã hủy' },
};

const ru: DossierTerms = {
  events: {
    AgreementDrafted: 'Создан проект',
    AgreementDetailsEdited: 'Изменены сведения',
    AgreementSubmittedForApproval: 'Отправлено на согласование',
    DraftApproved: 'Проект утверждён',
    DraftReturnedForChanges: 'Проект возвращён',
    NegotiationStarted: 'Начаты переговоры',
    NegotiationRoundOpened: 'Открыт раунд переговоров',
    TextFinalised: 'Текст окончательно согласован',
    ClearanceToSignRequested: 'Запрошено разрешение на подписание',
    ClearedToSign: 'Подписание разрешено',
    ClearanceRefused: 'В разрешении на подписание отказано',
    SigningOpened: 'Открыто подписание',
    AgreementSigned: 'Соглашение подписано',
    AgreementSuspended: 'Действие соглашения приостановлено',
    AgreementResumed: 'Действие соглашения возобновлено',
    ReviewStarted: 'Начат пересмотр',
    AgreementRenewed: 'Соглашение продлено',
    AgreementExpired: 'Срок действия соглашения истёк',
    AgreementTerminated: 'Соглашение расторгнуто',
    AgreementWithdrawn: 'Соглашение отозвано',
    ApprovalDecisionRecorded: 'Согласование дано',
    SignatureRecorded: 'Подпись зарегистрирована',
    AttachmentAdded: 'Добавлено вложение',
    AgreementTextEdited: 'Текст изменён',
    ClauseReviewed: 'Пункт рассмотрен',
    AmendmentProposed: 'Предложена поправка',
    AmendmentTookEffect: 'Поправка вступила в силу',
    AmendmentWithdrawn: 'Поправка отозвана',
    CommitmentPlanned: 'Запланировано обязательство',
    CommitmentEdited: 'Обязательство изменено',
    OccurrenceStarted: 'Начато исполнение за период',
    OccurrenceFulfilled: 'Обязательство за период выполнено',
    OccurrencePartiallyFulfilled: 'Обязательство за период выполнено частично',
    OccurrenceMissed: 'Обязательство за период не выполнено',
    OccurrenceWaived: 'Обязательство за период снято',
    EvidenceAdded: 'Добавлено подтверждение',
    CommitmentCancelled: 'Обязательство отменено',
    ReviewDecisionProposed: 'Предложено решение по пересмотру',
    ReviewDecisionRejected: 'Решение по пересмотру отклонено',
  },
  statuses: {
    draft: 'Проект',
    negotiation: 'Переговоры',
    signing: 'Подписание',
    active: 'Действует',
    review: 'Пересмотр',
    expired: 'Срок истёк',
    terminated: 'Расторгнуто',
    withdrawn: 'Отозвано',
  },
  verdicts: {
    cleared: 'Согласована',
    flagged: 'Есть замечание',
    proposed: 'Предложена редакция',
  },
  commitmentStatuses: { open: 'действует', cancelled: 'отменено' },
};

const ja: DossierTerms = {
  events: {
    AgreementDrafted: '草案を作成',
    AgreementDetailsEdited: '詳細を編集',
    AgreementSubmittedForApproval: '承認申請',
    DraftApproved: '草案を承認',
    DraftReturnedForChanges: '草案を差し戻し',
    NegotiationStarted: '交渉を開始',
    NegotiationRoundOpened: '交渉ラウンドを開始',
    TextFinalised: '本文を確定',
    ClearanceToSignRequested: '署名許可を申請',
    ClearedToSign: '署名を許可',
    ClearanceRefused: '署名許可を拒否',
    SigningOpened: '署名を開始',
    AgreementSigned: '協定に署名済み',
    AgreementSuspended: '協定を一時停止',
    AgreementResumed: '協定を再開',
    ReviewStarted: '見直しを開始',
    AgreementRenewed: '協定を更新',
    AgreementExpired: '協定が失効',
    AgreementTerminated: '協定を終了',
    AgreementWithdrawn: '協定を撤回',
    ApprovalDecisionRecorded: '承認を記録',
    SignatureRecorded: '署名を記録',
    AttachmentAdded: '添付ファイルを追加',
    AgreementTextEdited: '本文を編集',
    ClauseReviewed: '条項を審査',
    AmendmentProposed: '修正を提案',
    AmendmentTookEffect: '修正が発効',
    AmendmentWithdrawn: '修正を撤回',
    CommitmentPlanned: 'コミットメントを計画',
    CommitmentEdited: 'コミットメントを編集',
    OccurrenceStarted: '期間の実施を開始',
    OccurrenceFulfilled: '期間を履行',
    OccurrencePartiallyFulfilled: '期間を一部履行',
    OccurrenceMissed: '期間を不履行',
    OccurrenceWaived: '期間を免除',
    EvidenceAdded: '証拠を追加',
    CommitmentCancelled: 'コミットメントを取消',
    ReviewDecisionProposed: '見直しの決定を提案',
    ReviewDecisionRejected: '見直しの決定を却下',
  },
  statuses: {
    draft: '下書き',
    negotiation: '交渉中',
    signing: '署名手続き中',
    active: '有効',
    review: '見直し中',
    expired: '期間満了',
    terminated: '解除済み',
    withdrawn: '取り下げ済み',
  },
  verdicts: {
    cleared: '承認済み',
    flagged: '要確認',
    proposed: '修正文案あり',
  },
  commitmentStatuses: { open: '有効', cancelled: '取消済み' },
};

export const DOSSIER_TERMS: Record<DossierLanguage, DossierTerms> = { en, vi, ru, ja };

/** "Draft approved (DraftApproved)"; a type the dossier has no words for shows as its code. */
export function eventName(terms: DossierTerms, type: string): string {
  const name = (terms.events as Record<string, string>)[type];
  return name === undefined ? type : `${name} (${type})`;
}

/** A stored code in words when the table has it, else the code as stored. */
export function termFor(table: Record<string, string>, code: string): string {
  return table[code] ?? code;
}
