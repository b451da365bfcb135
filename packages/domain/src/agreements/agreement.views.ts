import type { Role } from '../auth/roles.js';
import type { AgreementAction } from './agreement.actions.js';
import type { LocalizedText } from '../shared/localized-text.js';
import type { Party } from './agreement.schemas.js';
import type { AgreementStatus, AgreementType } from './agreement.status.js';
import type { AgreementParticularsView } from './signing/particulars.views.js';
import type { AgreementTextView, TextVersionView } from './text/text.views.js';
import type { AmendmentView } from './amendments/amendment.views.js';

/** A user as shown next to what they did. */
export interface UserRef {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The agreement read model, as `GET /api/agreements/{id}` and the list return it. */
export interface AgreementView {
  id: string;
  title: LocalizedText;
  /** The title's languages in the order the user gave them (jsonb keeps no key order). */
  titleLanguages: string[];
  status: AgreementStatus;
  step: string;
  /**
   * The number of the amendment running, if any. Then `status`/`step` are the amendment's
   * while the agreement itself stays active and in force (docs/amendments.md).
   */
  amendmentInProgress: number | null;
  type: AgreementType | null;
  summary: LocalizedText | null;
  ourOrganisation: string | null;
  partners: Party[];
  startsOn: string | null;
  endsOn: string | null;
  /** The stream version; sent back as ETag and expected in If-Match. */
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: UserRef;
  /** Particulars, parties with their signatures, computed dates and attachments. */
  particulars: AgreementParticularsView;
}

/**
 * One agreement as `GET /api/agreements/{id}` and every command route answer it: the read
 * model plus what the caller may do next. The list answers plain AgreementViews, so a page
 * of agreements never needs the permission check per row.
 */
export interface AgreementDetailView extends AgreementView {
  /** Action names (`POST /api/agreements/{id}/{action}`) the caller may run now. */
  allowedActions: AgreementAction[];
  /** The current text with legal's review of each clause, and the list of rounds. */
  text: AgreementTextView;
  /**
   * The amendment chain, oldest first, and the amendment running (status `in_progress`).
   * See docs/amendments.md for how `status` reads while an amendment runs.
   */
  amendments: AmendmentView[];
  /**
   * The consolidated text in force (version N after N-1 amendments); it differs from
   * `text.current` while an amendment is negotiated. Null before the first signature.
   */
  textInForce: TextVersionView | null;
}

/** One entry of an agreement's history. */
export interface AgreementEventView {
  /** Global position in the event log (a bigint, sent as a string). */
  position: string;
  version: number;
  type: string;
  data: Record<string, unknown>;
  actor: UserRef;
  occurredAt: string;
  /** Set when the actor decided as someone's substitute: "actor on behalf of onBehalfOf". */
  onBehalfOf?: UserRef;
}

export interface SessionView {
  accessToken: string;
  user: UserRef;
}
