import {
  signAgreementSchema,
  type PartyView,
  type SignatureMethod,
  type SignAgreementInput,
} from '@concordat/domain';

/**
 * The form that records one party's signature: prefilled from the party's signatory and
 * validated with the shared `signAgreementSchema`, so the browser and the api agree.
 */
export interface SignatureForm {
  signatoryName: string;
  signatoryTitle: string;
  signedOn: string;
  place: string;
  method: SignatureMethod;
  scanAttachmentId: string | null;
}

export function signatureFormFor(party: PartyView, today: string): SignatureForm {
  return {
    signatoryName: party.signatory?.name ?? '',
    signatoryTitle: party.signatory?.title ?? '',
    signedOn: today,
    place: '',
    method: 'wet_ink',
    scanAttachmentId: null,
  };
}

/** i18n keys (namespace `signing`) per field that fails. */
export type SignatureErrors = Partial<Record<keyof SignatureForm | 'form', string>>;

export type SignatureValidation =
  { ok: true; payload: SignAgreementInput } | { ok: false; errors: SignatureErrors };

/** Builds the `sign` payload exactly as typed and checks it with the shared schema. */
export function validateSignature(
  party: PartyView,
  form: SignatureForm,
  textHash: string,
  today: string,
): SignatureValidation {
  const payload = {
    party: party.key,
    signatoryName: form.signatoryName,
    signatoryTitle: form.signatoryTitle,
    signedOn: form.signedOn,
    place: form.place,
    method: form.method,
    textHash,
    ...(form.scanAttachmentId ? { scanAttachmentId: form.scanAttachmentId } : {}),
  };
  const errors: SignatureErrors = {};
  const result = signAgreementSchema.safeParse(payload);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const head = issue.path[0];
      const field =
        typeof head === 'string' && head in form ? (head as keyof SignatureForm) : 'form';
      if (field in errors) continue;
      errors[field] =
        field === 'signedOn' ? 'signing.validation.date' : 'signing.validation.required';
    }
  }
  // The api refuses a signature dated after today; say so before sending.
  if (!errors.signedOn && form.signedOn > today) errors.signedOn = 'signing.validation.futureDate';
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, payload: result.data };
}

/** Today in the user's calendar, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
