import type { UserRef } from '../agreements/agreement.views.js';
import type { Party } from '../agreements/agreement.schemas.js';
import type { LocalizedText } from '../shared/localized-text.js';
import type { CommitmentAction } from './commitment.commands.js';
import type {
  CommitmentDetails,
  CommitmentKind,
  CommitmentQuantity,
  ObligedParty,
  OccurrenceStatus,
} from './commitment.model.js';

/** A piece of evidence as the api answers it; `downloadUrl` when it is a file. */
export interface EvidenceView {
  id: string;
  periodKey: string;
  note: string | null;
  file: {
    name: string;
    mediaType: string;
    size: number;
    sha256: string;
    downloadUrl: string;
  } | null;
  addedAt: string;
  addedBy: UserRef;
}

/** One occurrence of a commitment; `overdue` is computed by the api's clock as it answers. */
export interface OccurrenceView {
  periodKey: string;
  dueOn: string;
  status: OccurrenceStatus;
  overdue: boolean;
  quantityDone: number | null;
  note: string | null;
  reason: string | null;
  updatedAt: string | null;
  evidence: EvidenceView[];
  /** Actions (`POST /api/commitments/{id}/{action}` with this periodKey) the caller may run. */
  allowedActions: CommitmentAction[];
}

/** The agreement a commitment belongs to, as lists show it. */
export interface CommitmentAgreementRef {
  id: string;
  title: LocalizedText;
  /** The order the title's languages were given in (jsonb does not keep it). */
  titleLanguages: string[];
  status: string;
  partners: Party[];
}

export interface CommitmentView extends Omit<CommitmentDetails, 'ownerId'> {
  id: string;
  agreement: CommitmentAgreementRef;
  owner: UserRef;
  status: 'open' | 'cancelled';
  cancelReason: string | null;
  /** The stream version; sent back as ETag and expected in If-Match. */
  version: number;
  /** The next open occurrence's date, null when none is left. */
  nextDueOn: string | null;
  overdueCount: number;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/commitments/{id}` and every command's answer. */
export interface CommitmentDetailView extends CommitmentView {
  occurrences: OccurrenceView[];
  /** Actions on the commitment as a whole (`edit`, `cancel`) the caller may run. */
  allowedActions: CommitmentAction[];
}

/** One row of `GET /api/commitments`: an occurrence with its commitment and agreement. */
export interface CommitmentOccurrenceRow {
  commitmentId: string;
  commitmentVersion: number;
  agreement: CommitmentAgreementRef;
  title: LocalizedText;
  kind: CommitmentKind;
  owedBy: ObligedParty;
  partner: string | null;
  owner: UserRef;
  quantity: CommitmentQuantity | null;
  commitmentStatus: 'open' | 'cancelled';
  periodKey: string;
  dueOn: string;
  status: OccurrenceStatus;
  overdue: boolean;
  quantityDone: number | null;
  evidenceCount: number;
}
