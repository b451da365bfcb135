import {
  createDraftAgreementSchema,
  type AgreementType,
  type CreateDraftAgreementInput,
} from '@concordat/domain';
import type { z } from 'zod';

/**
 * The create-draft form: its model, how it becomes the command payload, and how errors on
 * payload paths (from zod here, or problem+json `errors[].field` from the api) find their field.
 */

export interface TitleRow {
  key: number;
  lang: string;
  text: string;
}

export interface PartnerRow {
  key: number;
  name: string;
  country: string;
}

export interface DraftForm {
  titles: TitleRow[];
  type: AgreementType | '';
  summaryLang: string;
  summary: string;
  ourOrganisation: string;
  partners: PartnerRow[];
  startsOn: string;
  endsOn: string;
}

/** A message to show at a field: an i18n key (translated when shown) or the server's text. */
export type FieldMessage =
  { key: string; params?: Record<string, string | number> } | { text: string };
export type FieldErrors = Record<string, FieldMessage>;

let nextKey = 1;
export const newRowKey = (): number => nextKey++;

export function emptyDraftForm(language: string): DraftForm {
  return {
    titles: [{ key: newRowKey(), lang: language, text: '' }],
    type: '',
    summaryLang: language,
    summary: '',
    ourOrganisation: '',
    partners: [{ key: newRowKey(), name: '', country: '' }],
    startsOn: '',
    endsOn: '',
  };
}

export interface DraftPayload {
  input: Record<string, unknown>;
  /** For each partner in the payload, the form row it came from (blank rows are left out). */
  partnerRows: number[];
}

/** Builds the payload exactly as typed: no trimming, no normalisation. Blank optional fields are left out. */
export function toPayload(form: DraftForm): DraftPayload {
  const input: Record<string, unknown> = {};
  const title: Record<string, string> = {};
  for (const row of form.titles)
    if (row.lang !== '' && !(row.lang in title)) title[row.lang] = row.text;
  input.title = title;
  if (form.type) input.type = form.type;
  if (form.summary !== '') input.summary = { [form.summaryLang]: form.summary };
  if (form.ourOrganisation !== '') input.ourOrganisation = form.ourOrganisation;
  const partnerRows: number[] = [];
  const partners = form.partners.flatMap((row, index) => {
    if (row.name === '' && row.country === '') return [];
    partnerRows.push(index);
    return [{ name: row.name, country: row.country }];
  });
  if (partners.length > 0) input.partners = partners;
  if (form.startsOn) input.startsOn = form.startsOn;
  if (form.endsOn) input.endsOn = form.endsOn;
  return { input, partnerRows };
}

/** The form field a payload path such as `title.vi` or `partners.0.country` belongs to. */
export function formFieldOf(
  path: readonly (string | number)[],
  form: DraftForm,
  partnerRows: number[],
): string {
  const [head, second, third] = path;
  switch (head) {
    case 'title': {
      if (second === undefined) return 'title';
      const row = form.titles.findIndex((r) => r.lang === String(second));
      return row === -1 ? 'title' : `titles.${row}.text`;
    }
    case 'summary':
      return 'summary';
    case 'partners': {
      if (second === undefined) return 'partners';
      const row = partnerRows[Number(second)];
      if (row === undefined) return 'partners';
      return `partners.${row}.${third === 'country' ? 'country' : 'name'}`;
    }
    case 'type':
    case 'ourOrganisation':
    case 'startsOn':
    case 'endsOn':
      return head;
    default:
      return '';
  }
}

type Issue = z.core.$ZodIssue;

/** The message for a shared-schema issue, in the UI's words rather than the schema's English. */
export function messageForIssue(issue: Issue): FieldMessage {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array'
        ? { key: 'agreements.validation.invalid' }
        : { key: 'agreements.validation.required' };
    case 'too_big':
      return issue.origin === 'array'
        ? { key: 'agreements.validation.tooMany', params: { max: Number(issue.maximum) } }
        : { key: 'agreements.validation.tooLong', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (last === 'country') return { key: 'agreements.validation.country' };
      if (last === 'startsOn' || last === 'endsOn') return { key: 'agreements.validation.date' };
      return { key: 'agreements.validation.invalid' };
    case 'invalid_key':
      return { key: 'agreements.validation.languageCode' };
    case 'invalid_type':
      return { key: 'agreements.validation.required' };
    case 'custom':
      if (last === 'endsOn') return { key: 'agreements.validation.endBeforeStart' };
      if (issue.path.length === 1 && last === 'title')
        return { key: 'agreements.validation.titleRequired' };
      if (issue.path.length === 1) return { key: 'agreements.validation.required' };
      return { key: 'agreements.validation.blank' };
    default:
      return { key: 'agreements.validation.invalid' };
  }
}

export type DraftValidation =
  | { ok: true; input: CreateDraftAgreementInput; partnerRows: number[] }
  | { ok: false; errors: FieldErrors };

/** Validates with the shared `createDraftAgreementSchema`, plus what only the form can know. */
export function validateDraft(form: DraftForm): DraftValidation {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  form.titles.forEach((row, index) => {
    if (row.lang === '') errors[`titles.${index}.lang`] = { key: 'agreements.validation.required' };
    else if (seen.has(row.lang))
      errors[`titles.${index}.lang`] = { key: 'agreements.validation.duplicateLanguage' };
    seen.add(row.lang);
  });

  const { input, partnerRows } = toPayload(form);
  const result = createDraftAgreementSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      let field = formFieldOf(issue.path as (string | number)[], form, partnerRows);
      if (issue.code === 'invalid_key' && field.startsWith('titles.'))
        field = field.replace(/\.text$/, '.lang');
      if (field === 'title') field = 'titles.0.text';
      const key = field || 'form';
      if (!(key in errors)) errors[key] = messageForIssue(issue);
    }
  }
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, input: result.data, partnerRows };
}

/** Puts the api's problem+json field errors next to the fields they are about. */
export function serverFieldErrors(
  fieldErrors: Readonly<Record<string, string>>,
  form: DraftForm,
  partnerRows: number[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    let field = formFieldOf(path.split('.'), form, partnerRows);
    if (field === 'title') field = 'titles.0.text';
    const key = field || 'form';
    if (!(key in errors)) errors[key] = { text: message };
  }
  return errors;
}
