import type { ExistingAgreementState } from '../agreement.state.js';
import type { AgreementParticulars } from '../particulars/agreement-particulars.js';
import { DEFAULT_PARTICULARS } from '../particulars/agreement-particulars.js';
import type { AgreementParty } from './parties.js';
import { partiesOf } from './parties.js';
import type { AttachmentRef, SignatureRecord } from './signing.schemas.js';

/** A party as the agreement page shows it: with its signature once it has signed. */
export interface PartyView extends AgreementParty {
  signature: SignatureRecord | null;
}

/**
 * The particulars, parties and dates of an agreement as `GET /api/agreements/{id}` answers
 * them (`particulars`). The dates are what signing and renewal computed, not restated rules.
 */
export interface AgreementParticularsView extends AgreementParticulars {
  parties: PartyView[];
  /** The finalised text's hash, which every signature must name; null before finalising. */
  textHash: string | null;
  effectiveOn: string | null;
  /** The end of the current term (after signing: effective date + term months). */
  expiresOn: string | null;
  reviewDueOn: string | null;
  /** The user id the current or last review is assigned to (absent from rows projected before). */
  reviewAssignee?: string | null;
  attachments: AttachmentRef[];
}

export function particularsViewOf(state: ExistingAgreementState): AgreementParticularsView {
  const { details } = state;
  return {
    responsibleUnit: details.responsibleUnit,
    ourCountry: details.ourCountry,
    ourSignatory: details.ourSignatory,
    effectiveDateRule: details.effectiveDateRule,
    termMonths: details.termMonths,
    renewalRule: details.renewalRule,
    reviewLeadDays: details.reviewLeadDays,
    parties: partiesOf(details).map((party) => ({
      ...party,
      signature: state.signatures.find((signature) => signature.party === party.key) ?? null,
    })),
    textHash: state.textHash,
    effectiveOn: state.effectiveOn,
    expiresOn: details.endsOn,
    reviewDueOn: state.reviewDueOn,
    reviewAssignee: state.reviewAssignee,
    attachments: state.attachments,
  };
}

/** For a read-model row written before particulars were projected (until a rebuild). */
export const EMPTY_PARTICULARS_VIEW: AgreementParticularsView = {
  ...DEFAULT_PARTICULARS,
  parties: [],
  textHash: null,
  effectiveOn: null,
  expiresOn: null,
  reviewDueOn: null,
  attachments: [],
};
