import type { FieldChange } from '@concordat/domain';
import { useI18n } from 'vue-i18n';
import { languageName } from '@/utils/languages';
import { useFormat } from './use-format';
import { useLocale } from './use-locale';

/** Texts kept per language: their changes read "Title (Vietnamese)". */
const PER_LANGUAGE = new Set(['title', 'summary', 'notes']);
/** Hashes are long: the table shows their start, the payload keeps them whole. */
const HASHES = new Set(['textHash', 'sha256']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Values other pages already name: reuse their words rather than repeat them here. */
const NAMED_ELSEWHERE: Record<string, string> = {
  kind: 'commitments.kinds',
  owedBy: 'commitments.owedBy',
  type: 'agreements.types',
  agreementType: 'agreements.types',
};

/**
 * Event types and field changes in the reader's words: "Expiry date changed from
 * 1 January 2027 to 1 January 2028". Field and value names come from the `audit`
 * namespace; an unknown one shows as the api named it, never as a blank.
 */
export function useAuditPhrases() {
  const { t, te } = useI18n();
  const { locale } = useLocale();
  const { formatCalendarDate, formatNumber } = useFormat();

  function typeLabel(type: string): string {
    return te(`audit.types.${type}`) ? t(`audit.types.${type}`) : type;
  }

  function fieldLabel(field: string): string {
    const [head = field, ...rest] = field.split('.');
    if (PER_LANGUAGE.has(head) && rest.length === 1 && rest[0]) {
      return t('audit.fieldInLanguage', {
        field: t(`audit.fields.${head}`),
        // Russian names languages in lower case inside a phrase ("Название (английский)").
        language:
          locale.value === 'ru'
            ? languageName(rest[0], locale.value).toLocaleLowerCase('ru')
            : languageName(rest[0], locale.value),
      });
    }
    const key = `audit.fields.${field.replaceAll('.', '_')}`;
    return te(key) ? t(key) : field;
  }

  function formatValue(field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return '—';
    if (Array.isArray(value)) return value.map((item) => formatValue(field, item)).join(', ');
    if (typeof value === 'boolean') return t(value ? 'audit.values.yes' : 'audit.values.no');
    if (typeof value === 'number') return formatNumber(value);
    if (typeof value !== 'string') return JSON.stringify(value);
    if (DAY.test(value)) return formatCalendarDate(value);
    // An export's type filter lists event types: named as the log names them.
    if (field === 'types') return typeLabel(value);
    if (HASHES.has(field)) return `${value.slice(0, 12)}…`;
    const elsewhere = NAMED_ELSEWHERE[field];
    if (elsewhere && te(`${elsewhere}.${value}`)) return t(`${elsewhere}.${value}`);
    const named = `audit.values.${field.replaceAll('.', '_')}.${value}`;
    return te(named) ? t(named) : value;
  }

  function phrase(change: FieldChange): string {
    const field = fieldLabel(change.field);
    const to = change.to;
    if ('from' in change) {
      const from = formatValue(change.field, change.from);
      if (to === null || to === undefined) return t('audit.change.cleared', { field, from });
      return t('audit.change.changed', { field, from, to: formatValue(change.field, to) });
    }
    return t('audit.change.set', { field, to: formatValue(change.field, to) });
  }

  return { typeLabel, fieldLabel, formatValue, phrase };
}
