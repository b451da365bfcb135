import { DomainError } from '../../shared/domain-error.js';
import type { CommandMetadata } from '../agreement.commands.js';
import type { AgreementEvent } from '../agreement.events.js';
import type { ExistingAgreementState } from '../agreement.state.js';
import { AgreementErrorCode } from '../agreement-error-code.js';
import { addDays, addMonths, latestDate } from '../particulars/calendar.js';
import { partiesOf } from './parties.js';
import type { SignAgreementInput, SignatureRecord } from './signing.schemas.js';

/**
 * One party signs. Records the signature (a self-loop at signing); when it is the last
 * missing one, also emits AgreementSigned with the dates the particulars give, which moves
 * the agreement to active in the same command.
 */
export function decideSignature(
  state: ExistingAgreementState,
  input: SignAgreementInput,
  metadata: CommandMetadata,
): AgreementEvent[] {
  const party = partiesOf(state.details).find((candidate) => candidate.key === input.party);
  if (party === undefined) {
    throw new DomainError(
      AgreementErrorCode.UnknownParty,
      `The agreement has no party ${input.party}`,
      'party',
    );
  }
  if (state.signatures.some((signature) => signature.party === input.party)) {
    throw new DomainError(
      AgreementErrorCode.PartyAlreadySigned,
      `${party.organisation} (${party.key}) has already signed`,
      'party',
    );
  }
  if (input.textHash !== state.textHash) {
    throw new DomainError(
      AgreementErrorCode.TextHashMismatch,
      `The signed text hash ${input.textHash} is not the finalised text's ${state.textHash ?? '(none)'}`,
      'textHash',
    );
  }
  // A signature dated after the request would record something that has not happened yet.
  if (input.signedOn > metadata.now.slice(0, 10)) {
    throw new DomainError(
      AgreementErrorCode.InvalidDates,
      `signedOn ${input.signedOn} is in the future`,
      'signedOn',
    );
  }
  const scanId = input.scanAttachmentId ?? null;
  const scan = scanId === null ? null : state.attachments.find((a) => a.attachmentId === scanId);
  if (scan === undefined) {
    throw new DomainError(
      AgreementErrorCode.AttachmentNotFound,
      `The agreement has no attachment ${scanId ?? ''}`,
      'scanAttachmentId',
    );
  }

  const signature: SignatureRecord = {
    party: party.key,
    organisation: party.organisation,
    signatoryName: input.signatoryName,
    signatoryTitle: input.signatoryTitle,
    signedOn: input.signedOn,
    place: input.place,
    method: input.method,
    textHash: input.textHash,
    scanAttachmentId: scan?.attachmentId ?? null,
    scanSha256: scan?.sha256 ?? null,
  };
  const events: AgreementEvent[] = [{ type: 'SignatureRecorded', data: signature }];
  const signatures = [...state.signatures, signature];
  const everyoneSigned = partiesOf(state.details).every((p) =>
    signatures.some((s) => s.party === p.key),
  );
  if (everyoneSigned)
    events.push({ type: 'AgreementSigned', data: signedDates(state, signatures) });
  return events;
}

/** The effective date the rule gives, the expiry of the term and when to review it. */
export function signedDates(
  state: ExistingAgreementState,
  signatures: readonly SignatureRecord[],
): { effectiveOn: string; endsOn: string | null; reviewDueOn: string | null } {
  const { effectiveDateRule, termMonths } = state.details;
  const lastSignature = latestDate(signatures.map((signature) => signature.signedOn));
  const effectiveOn =
    effectiveDateRule.kind === 'fixed' ? effectiveDateRule.date : (lastSignature ?? '');
  // Without a term the agreement keeps the end date it was given (older agreements).
  const endsOn = termMonths === null ? state.details.endsOn : addMonths(effectiveOn, termMonths);
  return { effectiveOn, endsOn, reviewDueOn: reviewDueFor(endsOn, state.details.reviewLeadDays) };
}

/** Review starts `leadDays` before expiry; no expiry, no due date. */
export function reviewDueFor(endsOn: string | null, leadDays: number): string | null {
  return endsOn === null ? null : addDays(endsOn, -leadDays);
}
