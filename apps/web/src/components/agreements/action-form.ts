import {
  AGREEMENT_TYPES,
  agreementCommandSchemas,
  type AgreementCommandType,
} from '@concordat/domain';
import type { z } from 'zod';
import { messageForIssue, type FieldErrors } from '@/views/agreements/create/draft-form';

/**
 * The form of a lifecycle action: exactly the fields its command's shared schema has, each
 * shown as the kind of input it needs, validated with that same schema before sending.
 */

export type ActionFieldKind = 'text' | 'line' | 'date' | 'type' | 'number' | 'manager';

/** How each command field is entered. Fields not listed (title, partners…) have their own pages. */
const FIELD_KINDS: Readonly<Record<string, ActionFieldKind>> = {
  comment: 'text',
  reason: 'text',
  textHash: 'line',
  effectiveOn: 'date',
  dueOn: 'date',
  endsOn: 'date',
  terminatedOn: 'date',
  startsOn: 'date',
  ourOrganisation: 'line',
  type: 'type',
  months: 'number',
  assignee: 'manager',
};

export interface ActionField {
  name: string;
  kind: ActionFieldKind;
  required: boolean;
  testId: string;
}

export type ActionValues = Record<string, string>;

export const TYPE_OPTIONS = AGREEMENT_TYPES;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function shapeOf(type: AgreementCommandType): Record<string, z.ZodType> {
  const schema = agreementCommandSchemas[type] as unknown as { shape?: Record<string, z.ZodType> };
  return schema.shape ?? {};
}

/** The fields of `type`'s payload the dialog shows, in the schema's order. */
export function fieldsFor(type: AgreementCommandType): ActionField[] {
  const shape = shapeOf(type);
  const names = Object.keys(shape).filter((name) => name in FIELD_KINDS);
  const dates = names.filter((name) => FIELD_KINDS[name] === 'date');
  return names.map((name) => {
    const kind = FIELD_KINDS[name] ?? 'line';
    const testId = kind === 'date' && dates.length === 1 ? 'action-date' : `action-${kebab(name)}`;
    return { name, kind, required: !shape[name]?.safeParse(undefined).success, testId };
  });
}

export function emptyValues(fields: readonly ActionField[]): ActionValues {
  return Object.fromEntries(fields.map((field) => [field.name, '']));
}

/** The payload as typed: optional fields left blank are left out; required ones are sent. */
export function toActionPayload(
  fields: readonly ActionField[],
  values: ActionValues,
): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name] ?? '';
    // A whole number typed as such goes as a number; anything else as text, for the schema to name.
    const typed = field.kind === 'number' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    if (value !== '' || field.required) payload[field.name] = typed;
  }
  return payload;
}

export type ActionValidation =
  { ok: true; payload: Record<string, unknown> } | { ok: false; errors: FieldErrors };

/** Validates with the command's shared schema, so the browser and the api agree. */
export function validateAction(
  type: AgreementCommandType,
  fields: readonly ActionField[],
  values: ActionValues,
): ActionValidation {
  const payload = toActionPayload(fields, values);
  const result = agreementCommandSchemas[type].safeParse(payload);
  if (result.success) return { ok: true, payload };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const head = issue.path[0];
    const field = typeof head === 'string' && head in values ? head : 'form';
    if (field in errors) continue;
    errors[field] =
      issue.code === 'invalid_format' && FIELD_KINDS[field] === 'date'
        ? { key: 'agreements.validation.date' }
        : field === 'form'
          ? { key: 'agreements.actions.nothingChanged' }
          : messageForIssue(issue);
  }
  return { ok: false, errors };
}

/** Puts the api's problem+json field errors next to the fields they are about. */
export function serverActionErrors(
  fieldErrors: Readonly<Record<string, string>>,
  fields: readonly ActionField[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const head = path.split('.')[0] ?? '';
    const key = fields.some((field) => field.name === head) ? head : 'form';
    if (!(key in errors)) errors[key] = { text: message };
  }
  return errors;
}
