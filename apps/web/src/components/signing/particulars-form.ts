import {
  createParticularsShape,
  DEFAULT_REVIEW_LEAD_DAYS,
  editParticularsShape,
  type AgreementParticularsView,
  type Party,
} from '@concordat/domain';
import { z } from 'zod';

/**
 * The particulars part of the create-draft and edit forms: typed values, the payload they
 * make, and validation with the shared particulars schemas. Partner signatories go into
 * each partner of the `partners` list, which the caller owns.
 */
export interface SignatoryRow {
  name: string;
  title: string;
}

export interface ParticularsForm {
  responsibleUnit: string;
  ourCountry: string;
  ourSignatory: SignatoryRow;
  partnerSignatories: SignatoryRow[];
  effectiveRule: 'on_last_signature' | 'fixed';
  fixedDate: string;
  termMonths: string;
  renewalKind: 'none' | 'automatic' | 'by_decision';
  renewalMonths: string;
  noticeDays: string;
  reviewLeadDays: string;
}

export type ParticularsMode = 'create' | 'edit';

export function emptyParticularsForm(partnerCount = 1): ParticularsForm {
  return {
    responsibleUnit: '',
    ourCountry: '',
    ourSignatory: { name: '', title: '' },
    partnerSignatories: Array.from({ length: partnerCount }, () => ({ name: '', title: '' })),
    effectiveRule: 'on_last_signature',
    fixedDate: '',
    termMonths: '',
    renewalKind: 'by_decision',
    renewalMonths: '',
    noticeDays: '',
    reviewLeadDays: String(DEFAULT_REVIEW_LEAD_DAYS),
  };
}

/** The edit form as the agreement stands now. */
export function particularsFormFrom(
  view: AgreementParticularsView,
  partners: readonly Party[],
): ParticularsForm {
  const rule = view.renewalRule;
  return {
    responsibleUnit: view.responsibleUnit ?? '',
    ourCountry: view.ourCountry ?? '',
    ourSignatory: { name: view.ourSignatory?.name ?? '', title: view.ourSignatory?.title ?? '' },
    partnerSignatories: partners.map((partner) => ({
      name: partner.signatory?.name ?? '',
      title: partner.signatory?.title ?? '',
    })),
    effectiveRule: view.effectiveDateRule.kind,
    fixedDate: view.effectiveDateRule.kind === 'fixed' ? view.effectiveDateRule.date : '',
    termMonths: view.termMonths === null ? '' : String(view.termMonths),
    renewalKind: rule.kind,
    renewalMonths: rule.kind === 'automatic' ? String(rule.months) : '',
    noticeDays: rule.kind === 'automatic' ? String(rule.noticeDays) : '',
    reviewLeadDays: String(view.reviewLeadDays),
  };
}

/** A whole number as typed; anything else goes through as text so the schema names it. */
function numberOf(text: string): number | string {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}

function signatoryOf(row: SignatoryRow | undefined): SignatoryRow | null {
  if (row === undefined || (row.name === '' && row.title === '')) return null;
  return { name: row.name, title: row.title };
}

/**
 * The particulars payload. On create a blank field is left out (its default applies); on
 * edit a blank optional field is sent as null, which clears it.
 */
export function toParticularsPayload(
  form: ParticularsForm,
  mode: ParticularsMode,
): Record<string, unknown> {
  const blank = mode === 'create' ? undefined : null;
  const payload: Record<string, unknown> = {
    responsibleUnit: form.responsibleUnit === '' ? blank : form.responsibleUnit,
    ourCountry: form.ourCountry === '' ? blank : form.ourCountry,
    ourSignatory: signatoryOf(form.ourSignatory) ?? blank,
    effectiveDateRule:
      form.effectiveRule === 'fixed'
        ? { kind: 'fixed', date: form.fixedDate }
        : { kind: 'on_last_signature' },
    termMonths: form.termMonths === '' ? blank : numberOf(form.termMonths),
    renewalRule:
      form.renewalKind === 'automatic'
        ? {
            kind: 'automatic',
            months: numberOf(form.renewalMonths),
            noticeDays: numberOf(form.noticeDays),
          }
        : { kind: form.renewalKind },
    reviewLeadDays: form.reviewLeadDays === '' ? undefined : numberOf(form.reviewLeadDays),
  };
  if (mode === 'create') {
    // A new draft gets the defaults anyway; leaving them out keeps the request to what was typed.
    if (form.effectiveRule === 'on_last_signature') delete payload.effectiveDateRule;
    if (form.renewalKind === 'by_decision') delete payload.renewalRule;
    if (form.reviewLeadDays.trim() === String(DEFAULT_REVIEW_LEAD_DAYS))
      delete payload.reviewLeadDays;
  }
  return Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined));
}

/** The partners with the signatories typed for them (blank rows give no signatory). */
export function withSignatories(partners: readonly Party[], form: ParticularsForm): Party[] {
  return partners.map((partner, index) => {
    const signatory = signatoryOf(form.partnerSignatories[index]);
    const plain: Party = { name: partner.name, country: partner.country };
    return signatory === null ? plain : { ...plain, signatory };
  });
}

const FIELD_OF_PATH: Record<string, keyof ParticularsForm | string> = {
  responsibleUnit: 'responsibleUnit',
  ourCountry: 'ourCountry',
  'ourSignatory.name': 'ourSignatory.name',
  'ourSignatory.title': 'ourSignatory.title',
  'effectiveDateRule.date': 'fixedDate',
  termMonths: 'termMonths',
  'renewalRule.months': 'renewalMonths',
  'renewalRule.noticeDays': 'noticeDays',
  reviewLeadDays: 'reviewLeadDays',
};

/** i18n keys (namespace `signing`) by form field. */
export type ParticularsErrors = Record<string, string>;

/** Validates the particulars with the shared schema; errors keyed by form field. */
export function validateParticulars(
  form: ParticularsForm,
  mode: ParticularsMode,
): ParticularsErrors {
  const schema = z.strictObject(mode === 'create' ? createParticularsShape : editParticularsShape);
  const result = schema.safeParse(toParticularsPayload(form, mode));
  const errors: ParticularsErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    const field = FIELD_OF_PATH[path] ?? 'form';
    if (field in errors) continue;
    errors[field] =
      field === 'fixedDate'
        ? 'signing.validation.date'
        : field === 'ourCountry'
          ? 'signing.validation.country'
          : ['termMonths', 'renewalMonths', 'noticeDays', 'reviewLeadDays'].includes(field)
            ? 'signing.validation.wholeNumber'
            : 'signing.validation.required';
  }
  return errors;
}
