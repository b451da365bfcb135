import type { UiLanguage } from '@concordat/domain';
import type { Template } from './mail-templates.js';

/** Mail for the commitment reminders; `title` is the commitment's, `list` the digest's lines. */
export const COMMITMENT_TEMPLATES: Record<
  'commitment.due_soon' | 'commitment.overdue_digest',
  Record<UiLanguage, Template>
> = {
  'commitment.due_soon': {
    en: (v) => ({
      subject: `Commitment due in ${v.days} days: ${v.title}`,
      body: `“${v.title}”, which you are responsible for, is due on ${v.date} (${v.days} days left). Please make sure it happens, or record what was done.`,
    }),
    vi: (v) => ({
      subject: `Cam kết đến hạn sau ${v.days} ngày: ${v.title}`,
      body: `“${v.title}”, cam kết do bạn phụ trách, đến hạn vào ${v.date} (còn ${v.days} ngày). Vui lòng bảo đảm việc này được thực hiện hoặc ghi nhận kết quả.`,
    }),
    ru: (v) => ({
      subject: `Срок обязательства через ${v.days} дн.: ${v.title}`,
      body: `Срок обязательства «${v.title}», за которое вы отвечаете, — ${v.date} (осталось ${v.days} дн.). Проследите за исполнением или отметьте, что сделано.`,
    }),
    ja: (v) => ({
      subject: `約束事項の期限まであと${v.days}日：${v.title}`,
      body: `あなたが担当する「${v.title}」の期限は${v.date}です（残り${v.days}日）。実施を確認するか、実施内容を記録してください。`,
    }),
  },
  'commitment.overdue_digest': {
    en: (v) => ({
      subject: `Overdue commitments: ${v.count}`,
      body: `These commitments you are responsible for are past their due date and not yet recorded as done:\n\n${v.list}\n\nPlease record what happened (fulfilled, partly, missed or waived).`,
    }),
    vi: (v) => ({
      subject: `Cam kết quá hạn: ${v.count}`,
      body: `Các cam kết do bạn phụ trách sau đây đã quá hạn và chưa được ghi nhận hoàn thành:\n\n${v.list}\n\nVui lòng ghi nhận kết quả (hoàn thành, hoàn thành một phần, bỏ lỡ hoặc miễn).`,
    }),
    ru: (v) => ({
      subject: `Просроченные обязательства: ${v.count}`,
      body: `Срок этих обязательств, за которые вы отвечаете, прошёл, а исполнение не отмечено:\n\n${v.list}\n\nОтметьте, что произошло (исполнено, частично, пропущено или снято).`,
    }),
    ja: (v) => ({
      subject: `期限を過ぎた約束事項：${v.count}件`,
      body: `あなたが担当する次の約束事項は期限を過ぎ、まだ完了として記録されていません：\n\n${v.list}\n\n結果（履行、一部履行、不履行、免除）を記録してください。`,
    }),
  },
};
