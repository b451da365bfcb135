import { computed } from 'vue';
import { useLocale } from './use-locale';

/** Dates, times and numbers in the conventions of the UI language. */
export function useFormat() {
  const { intl } = useLocale();

  const formatters = computed(() => ({
    date: new Intl.DateTimeFormat(intl.value, { year: 'numeric', month: 'short', day: 'numeric' }),
    dateTime: new Intl.DateTimeFormat(intl.value, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
    time: new Intl.DateTimeFormat(intl.value, { hour: '2-digit', minute: '2-digit' }),
    // A calendar date ("2026-03-01") has no time zone: format it as the same day everywhere.
    calendarDate: new Intl.DateTimeFormat(intl.value, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }),
    number: new Intl.NumberFormat(intl.value),
  }));

  function valid(value: string): Date | null {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }

  return {
    formatDate: (iso: string) => {
      const date = valid(iso);
      return date ? formatters.value.date.format(date) : iso;
    },
    formatDateTime: (iso: string) => {
      const date = valid(iso);
      return date ? formatters.value.dateTime.format(date) : iso;
    },
    formatTime: (iso: string) => {
      const date = valid(iso);
      return date ? formatters.value.time.format(date) : iso;
    },
    formatCalendarDate: (day: string) => {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? valid(`${day}T00:00:00Z`) : null;
      return date ? formatters.value.calendarDate.format(date) : day;
    },
    formatNumber: (value: number) => formatters.value.number.format(value),
  };
}
