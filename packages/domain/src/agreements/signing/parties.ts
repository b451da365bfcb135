import type { AgreementDetails } from '../agreement.events.js';
import type { AgreementParticulars, Signatory } from '../particulars/agreement-particulars.js';
import type { PartyKey, SignatureRecord } from './signing.schemas.js';

/** One party to the agreement, ours first, then each partner in the listed order. */
export interface AgreementParty {
  key: PartyKey;
  organisation: string;
  country: string | null;
  signatory: Signatory | null;
}

type PartyDetails = Pick<AgreementDetails, 'ourOrganisation' | 'partners'> &
  Pick<AgreementParticulars, 'ourCountry' | 'ourSignatory'>;

/**
 * The parties who must sign: our organisation and every partner. The keys are positional
 * ("partner-2" is the second partner listed); the list cannot change once signing opens,
 * because details are editable only before the text is final.
 */
export function partiesOf(details: PartyDetails): AgreementParty[] {
  return [
    {
      key: 'ours',
      organisation: details.ourOrganisation ?? '',
      country: details.ourCountry,
      signatory: details.ourSignatory,
    },
    ...details.partners.map((partner, index) => ({
      key: `partner-${index + 1}`,
      organisation: partner.name,
      country: partner.country,
      signatory: partner.signatory ?? null,
    })),
  ];
}

/** The parties that have not signed yet. */
export function partiesYetToSign(
  details: PartyDetails,
  signatures: readonly SignatureRecord[],
): AgreementParty[] {
  const signed = new Set(signatures.map((signature) => signature.party));
  return partiesOf(details).filter((party) => !signed.has(party.key));
}
