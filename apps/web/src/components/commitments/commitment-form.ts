import {
  type CommitmentDetailView,
  type CommitmentKind,
  type CommitmentSchedule,
  type ObligedParty,
  occurrenceDates,
  type PlanCommitmentInput,
  planCommitmentSchema,
  UI_LANGUAGES,
} from '@concordat/domain';

/** The schedule presets the dialog offers; `custom` takes an RRULE as typed. */
export const SCHEDULE_PRESETS = ['once', 'yearly', 'quarterly', 'monthly', 'custom'] as const;
export type SchedulePreset = (typeof SCHEDULE_PRESETS)[number];

/** The dialog's fields, as strings and numbers the inputs bind to. */
export interface CommitmentForm {
  title: Record<string, string>;
  kind: CommitmentKind;
  owedBy: ObligedParty;
  partner: string;
  ownerId: string;
  clause: number | null;
  quantityAmount: number | null;
  quantityUnit: string;
  preset: SchedulePreset;
  dueOn: string;
  month: number;
  day: number;
  rrule: string;
  startsOn: string;
  endsOn: string;
}

export function emptyForm(ownerId: string): CommitmentForm {
  return {
    title: Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, ''])),
    kind: 'delegation_exchange',
    owedBy: 'both',
    partner: '',
    ownerId,
    clause: null,
    quantityAmount: null,
    quantityUnit: '',
    preset: 'yearly',
    dueOn: '',
    month: 10,
    day: 1,
    rrule: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1',
    startsOn: '',
    endsOn: '',
  };
}

/** The RRULE a preset stands for ("each year on 1 October"). */
export function presetRrule(form: Pick<CommitmentForm, 'preset' | 'month' | 'day' | 'rrule'>) {
  switch (form.preset) {
    case 'yearly':
      return `FREQ=YEARLY;BYMONTH=${form.month};BYMONTHDAY=${form.day}`;
    case 'quarterly':
      return `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=${form.day}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYMONTHDAY=${form.day}`;
    case 'custom':
      return form.rrule.trim();
    case 'once':
      return null;
  }
}

/** Recognises a stored RRULE as a preset, so editing shows "every year" rather than code. */
function presetOf(rrule: string): Pick<CommitmentForm, 'preset' | 'month' | 'day'> | null {
  const yearly = /^FREQ=YEARLY;BYMONTH=(\d{1,2});BYMONTHDAY=(\d{1,2})$/.exec(rrule);
  if (yearly) return { preset: 'yearly', month: Number(yearly[1]), day: Number(yearly[2]) };
  const quarterly = /^FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=(\d{1,2})$/.exec(rrule);
  if (quarterly) return { preset: 'quarterly', month: 1, day: Number(quarterly[1]) };
  const monthly = /^FREQ=MONTHLY;BYMONTHDAY=(\d{1,2})$/.exec(rrule);
  if (monthly) return { preset: 'monthly', month: 1, day: Number(monthly[1]) };
  return null;
}

export function formOf(commitment: CommitmentDetailView): CommitmentForm {
  const base = emptyForm(commitment.owner.id);
  const { schedule } = commitment;
  const scheduleFields =
    schedule.kind === 'once'
      ? { preset: 'once' as const, dueOn: schedule.dueOn }
      : {
          ...(presetOf(schedule.rrule) ?? { preset: 'custom' as const }),
          rrule: schedule.rrule,
          startsOn: schedule.startsOn,
          endsOn: schedule.endsOn ?? '',
        };
  return {
    ...base,
    title: { ...base.title, ...commitment.title },
    kind: commitment.kind,
    owedBy: commitment.owedBy,
    partner: commitment.partner ?? '',
    clause: commitment.clause,
    quantityAmount: commitment.quantity?.amount ?? null,
    quantityUnit: commitment.quantity?.unit ?? '',
    ...scheduleFields,
  };
}

/** The form as the api's PlanCommitment payload; empty bounds leave them to the term. */
export function toInput(form: CommitmentForm): PlanCommitmentInput {
  const title = Object.fromEntries(
    Object.entries(form.title).filter(([, text]) => text.trim() !== ''),
  );
  const rrule = presetRrule(form);
  const input = {
    title,
    kind: form.kind,
    owedBy: form.owedBy,
    partner: form.owedBy === 'partner' ? form.partner || null : null,
    ownerId: form.ownerId,
    clause: form.clause,
    quantity:
      form.quantityAmount === null
        ? null
        : { amount: form.quantityAmount, unit: form.quantityUnit.trim() },
    schedule:
      rrule === null
        ? { kind: 'once' as const, dueOn: form.dueOn }
        : {
            kind: 'recurring' as const,
            rrule,
            startsOn: form.startsOn || null,
            endsOn: form.endsOn || null,
          },
  };
  return input as PlanCommitmentInput;
}

/** Field errors by dotted path, from the shared schema (the server says the same). */
export function validate(form: CommitmentForm): Record<string, string> {
  const result = planCommitmentSchema.safeParse(toInput(form));
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    errors[path === '' ? 'body' : path] ??= issue.message;
  }
  return errors;
}

/**
 * The first dates the schedule yields, for the preview; the bounds fall back to the
 * agreement's term as the api would apply them. Empty when the rule is invalid.
 */
export function previewDates(
  form: CommitmentForm,
  term: { startsOn: string | null; endsOn: string | null },
  limit = 6,
): string[] {
  const rrule = presetRrule(form);
  if (rrule === null) return form.dueOn ? [form.dueOn] : [];
  const startsOn = form.startsOn || term.startsOn;
  if (!startsOn) return [];
  const schedule: CommitmentSchedule = {
    kind: 'recurring',
    rrule,
    startsOn,
    endsOn: form.endsOn || term.endsOn,
  };
  return occurrenceDates(schedule, limit + 1);
}
