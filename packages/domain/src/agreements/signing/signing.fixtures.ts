import type { SignAgreement } from '../agreement.commands.js';
import type { AgreementState } from '../agreement.state.js';
import { partiesYetToSign } from './parties.js';

/** Test-only (excluded from the build): a valid signature for every party yet to sign. */
export function signaturesToComplete(state: AgreementState): SignAgreement[] {
  if (state.status === 'none') return [];
  return partiesYetToSign(state.details, state.signatures).map((party) => ({
    type: 'SignAgreement',
    data: {
      party: party.key,
      signatoryName: party.signatory?.name ?? `Signatory of ${party.organisation}`,
      signatoryTitle: party.signatory?.title ?? 'President',
      signedOn: '2024-03-15',
      place: party.key === 'ours' ? 'Hà Nội' : '東京',
      method: 'wet_ink',
      textHash: state.textHash ?? '',
    },
  }));
}
