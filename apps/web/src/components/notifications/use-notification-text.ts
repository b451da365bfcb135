import type { NotificationView } from '@concordat/domain';
import { useI18n } from 'vue-i18n';
import { useFormat } from '@/composables/use-format';
import { useLocale } from '@/composables/use-locale';
import { textForUi } from '@/utils/agreement-text';

/** The sentence a notification reads as, in the UI language, from its kind and params. */
export function useNotificationText() {
  const { t } = useI18n();
  const { locale } = useLocale();
  const { formatDateTime, formatCalendarDate } = useFormat();

  function formatDue(value: string | undefined): string {
    if (value === undefined) return '';
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(value) : formatDateTime(value);
  }

  /** A digest's occurrences as one line, joined as the UI language joins a list. */
  function listOf(items: NotificationView['params']['items']): string {
    const lines = (items ?? []).map(
      (item) =>
        `${textForUi(item.title, locale.value, item.titleLanguages)?.text ?? ''} (${formatDue(item.dueOn)})`,
    );
    return new Intl.ListFormat(locale.value, { type: 'conjunction' }).format(lines);
  }

  return (notification: NotificationView): string =>
    t(`notifications.kinds.${notification.kind}`, {
      title:
        textForUi(notification.params.title, locale.value, notification.params.titleLanguages)
          ?.text ?? '',
      date: formatDue(notification.params.dueAt),
      step: notification.params.step ?? '',
      days: notification.params.days ?? '',
      forName: notification.params.forName ?? '',
      count: notification.params.items?.length ?? '',
      list: listOf(notification.params.items),
    });
}
