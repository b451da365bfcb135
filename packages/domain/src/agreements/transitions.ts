import type { Actor } from '../auth/roles.js';
import { drafterOf } from './amendments/drafter.js';
import { mayRun } from '../auth/command-permissions.js';
import type { AgreementCommandType } from './agreement.commands.js';
import type { AgreementEventType } from './agreement.events.js';
import { NO_AGREEMENT, positionOf, samePosition } from './agreement.position.js';
import type { AgreementPosition, LifecyclePosition } from './agreement.position.js';
import type { RequiredField } from './agreement.requirements.js';
import type { AgreementState } from './agreement.state.js';

/** One allowed move: a command, where it may start, where it leads and what it records. */
export interface AgreementTransition {
  command: AgreementCommandType;
  from: readonly LifecyclePosition[];
  to: AgreementPosition;
  event: AgreementEventType;
  /** Checked on the agreement as it would be after the move. */
  requires: readonly RequiredField[];
  /**
   * Four eyes: whoever drafted what is being approved may not take this step: the drafter,
   * a running amendment's proposer, or a review decision's proposer (drafterOf).
   */
  forbidsCreator: boolean;
  description: string;
  /**
   * An outcome row, never chosen for its command on its own: the command's own row (the
   * one transitionFor picks) is a self-loop that records one party's decision (an
   * approver's yes, a signature), and decide emits this row's event after it when that
   * decision completes the whole (every step approved, every party signed). Amendments
   * use the same mark for what decide emits instead of the first agreement's event while
   * an amendment runs. evolve reads where the event leads from here, as from any row.
   */
  onCompletion?: true;
}

const at = <P extends AgreementPosition>(status: P['status'], step: P['step']) =>
  ({ status, step }) as P;

const draft = {
  editing: at('draft', 'editing'),
  awaitingApproval: at('draft', 'awaiting_approval'),
  approved: at('draft', 'approved'),
};
const negotiation = {
  inRound: at('negotiation', 'in_round'),
  textFinal: at('negotiation', 'text_final'),
  awaitingClearance: at('negotiation', 'awaiting_clearance'),
  clearedToSign: at('negotiation', 'cleared_to_sign'),
};
const signing = { collectingSignatures: at('signing', 'collecting_signatures') };
const active = { inForce: at('active', 'in_force'), suspended: at('active', 'suspended') };
const review = {
  underReview: at('review', 'under_review'),
  awaitingDecision: at('review', 'awaiting_decision'),
};

/** Everything before the signature: an agreement can still be abandoned from any of these. */
const BEFORE_SIGNATURE: readonly AgreementPosition[] = [
  ...Object.values(draft),
  ...Object.values(negotiation),
  ...Object.values(signing),
];

/** Where files can be added: while the agreement is being worked on or is in force. */
const ATTACHABLE: readonly AgreementPosition[] = [
  draft.editing,
  negotiation.inRound,
  signing.collectingSignatures,
  active.inForce,
  active.suspended,
  review.underReview,
  review.awaitingDecision,
];

/** The fields a draft needs before anyone is asked to approve it. */
const SUBMISSION_FIELDS: readonly RequiredField[] = [
  'title',
  'type',
  'ourOrganisation',
  'partners',
];

/**
 * The agreement lifecycle as data. decide, the api, the UI and docs/lifecycle.md all read
 * this table; nothing restates it. Approval is the only way out of draft (StartNegotiation
 * starts from draft.approved, which only ApproveDraft reaches), so no path skips it.
 */
export const AGREEMENT_TRANSITIONS: readonly AgreementTransition[] = [
  {
    command: 'CreateDraftAgreement',
    from: [NO_AGREEMENT],
    to: draft.editing,
    event: 'AgreementDrafted',
    requires: ['title'],
    forbidsCreator: false,
    description: 'Start a draft; only a title is needed.',
  },
  {
    command: 'EditAgreementDetails',
    from: [draft.editing],
    to: draft.editing,
    event: 'AgreementDetailsEdited',
    requires: ['title'],
    forbidsCreator: false,
    description: 'Change the details of a draft.',
  },
  {
    command: 'EditAgreementDetails',
    from: [negotiation.inRound],
    to: negotiation.inRound,
    event: 'AgreementDetailsEdited',
    // The draft was approved with these; negotiation may change them but not remove them.
    requires: SUBMISSION_FIELDS,
    forbidsCreator: false,
    description: 'Change the details as negotiated with the partner, during a round.',
  },
  {
    command: 'SubmitForApproval',
    from: [draft.editing],
    to: draft.awaitingApproval,
    event: 'AgreementSubmittedForApproval',
    requires: SUBMISSION_FIELDS,
    forbidsCreator: false,
    description: 'Ask for internal approval of the draft.',
  },
  {
    command: 'ApproveDraft',
    from: [draft.awaitingApproval],
    to: draft.awaitingApproval,
    event: 'ApprovalDecisionRecorded',
    requires: [],
    forbidsCreator: true,
    description: "Record one approver's yes on the current step; never by the draft's drafter.",
  },
  {
    command: 'ApproveDraft',
    from: [draft.awaitingApproval],
    to: draft.approved,
    event: 'DraftApproved',
    requires: [],
    forbidsCreator: true,
    description: 'With the approval that completes the last step: the draft is approved.',
    onCompletion: true,
  },
  {
    command: 'ReturnDraftForChanges',
    from: [draft.awaitingApproval],
    to: draft.editing,
    event: 'DraftReturnedForChanges',
    requires: [],
    forbidsCreator: false,
    description: 'Send the draft back to its drafter with a comment.',
  },
  {
    command: 'StartNegotiation',
    from: [draft.approved],
    to: negotiation.inRound,
    event: 'NegotiationStarted',
    requires: [],
    forbidsCreator: false,
    description: 'Open the first negotiation round with the partner.',
  },
  {
    command: 'OpenNegotiationRound',
    from: [negotiation.textFinal, negotiation.clearedToSign],
    to: negotiation.inRound,
    event: 'NegotiationRoundOpened',
    requires: [],
    forbidsCreator: false,
    description: 'Reopen the text for another round; it will need finalising and clearance again.',
  },
  {
    command: 'FinaliseText',
    from: [negotiation.inRound],
    to: negotiation.textFinal,
    event: 'TextFinalised',
    requires: ['textHash'],
    forbidsCreator: false,
    description: 'Fix the agreed text, identified by its hash.',
  },
  {
    command: 'RequestClearanceToSign',
    from: [negotiation.textFinal],
    to: negotiation.awaitingClearance,
    event: 'ClearanceToSignRequested',
    requires: ['textHash'],
    forbidsCreator: false,
    description:
      'Ask for clearance of the final text to sign; after a refusal the policy may carry earlier approvals over (docs/text.md).',
  },
  {
    command: 'ClearToSign',
    from: [negotiation.awaitingClearance],
    to: negotiation.awaitingClearance,
    event: 'ApprovalDecisionRecorded',
    requires: ['textHash'],
    forbidsCreator: false,
    description: "Record one approver's yes on the current step of the clearance to sign.",
  },
  {
    command: 'ClearToSign',
    from: [negotiation.awaitingClearance],
    to: negotiation.clearedToSign,
    event: 'ClearedToSign',
    requires: ['textHash'],
    forbidsCreator: false,
    description:
      'With the approval that completes the last step: the final text is cleared for signature.',
    onCompletion: true,
  },
  {
    command: 'RefuseClearance',
    from: [negotiation.awaitingClearance],
    to: negotiation.textFinal,
    event: 'ClearanceRefused',
    requires: [],
    forbidsCreator: false,
    description: 'Refuse clearance with a comment; the text can be renegotiated or resubmitted.',
  },
  {
    command: 'OpenSigning',
    from: [negotiation.clearedToSign],
    to: signing.collectingSignatures,
    event: 'SigningOpened',
    requires: ['textHash'],
    forbidsCreator: false,
    description: 'Start collecting signatures on the cleared text.',
  },
  {
    command: 'SignAgreement',
    from: [signing.collectingSignatures],
    to: signing.collectingSignatures,
    event: 'SignatureRecorded',
    requires: ['textHash'],
    forbidsCreator: false,
    description: "Record one party's signature on the finalised text.",
  },
  {
    command: 'SignAgreement',
    from: [signing.collectingSignatures],
    to: active.inForce,
    event: 'AgreementSigned',
    requires: ['effectiveOn'],
    forbidsCreator: false,
    description: 'With the last signature: in force, effective, expiry and review dates computed.',
    onCompletion: true,
  },
  {
    command: 'SuspendAgreement',
    from: [active.inForce],
    to: active.suspended,
    event: 'AgreementSuspended',
    requires: [],
    forbidsCreator: false,
    description: 'Suspend cooperation for a stated reason.',
  },
  {
    command: 'ResumeAgreement',
    from: [active.suspended],
    to: active.inForce,
    event: 'AgreementResumed',
    requires: [],
    forbidsCreator: false,
    description: 'Resume a suspended agreement.',
  },
  {
    command: 'StartReview',
    from: [active.inForce, active.suspended],
    to: review.underReview,
    event: 'ReviewStarted',
    requires: [],
    forbidsCreator: false,
    description:
      'Review the agreement to decide whether to renew it; the review is assigned to a manager (review-assignee.ts).',
  },
  {
    command: 'RenewAgreement',
    from: [review.underReview],
    to: review.awaitingDecision,
    event: 'ReviewDecisionProposed',
    requires: [],
    forbidsCreator: false,
    description:
      'Propose renewing for a new term ending later than the current one; the review policy decides.',
  },
  {
    command: 'LetExpire',
    from: [review.underReview],
    to: review.awaitingDecision,
    event: 'ReviewDecisionProposed',
    requires: [],
    forbidsCreator: false,
    description: 'Propose not to renew, so the agreement ends; the review policy decides.',
  },
  {
    command: 'TerminateAgreement',
    from: [review.underReview],
    to: review.awaitingDecision,
    event: 'ReviewDecisionProposed',
    requires: [],
    forbidsCreator: false,
    description:
      'Propose ending the agreement early, for a stated reason; the review policy decides.',
  },
  {
    command: 'ApproveReviewDecision',
    from: [review.awaitingDecision],
    to: review.awaitingDecision,
    event: 'ApprovalDecisionRecorded',
    requires: [],
    forbidsCreator: true,
    description:
      "Record one approver's yes to the proposed review decision; never by its proposer.",
  },
  {
    command: 'ApproveReviewDecision',
    from: [review.awaitingDecision],
    to: active.inForce,
    event: 'AgreementRenewed',
    requires: ['endsOn'],
    forbidsCreator: true,
    description: 'With the approval that completes the last step of a proposed renewal: renewed.',
    onCompletion: true,
  },
  {
    command: 'ApproveReviewDecision',
    from: [review.awaitingDecision],
    to: at('expired', 'closed'),
    event: 'AgreementExpired',
    requires: [],
    forbidsCreator: true,
    description:
      'With the approval that completes a proposal to let it expire: the agreement ends.',
    onCompletion: true,
  },
  {
    command: 'ApproveReviewDecision',
    from: [review.awaitingDecision],
    to: at('terminated', 'closed'),
    event: 'AgreementTerminated',
    requires: [],
    forbidsCreator: true,
    description: 'With the approval that completes a proposed termination: terminated.',
    onCompletion: true,
  },
  {
    command: 'RejectReviewDecision',
    from: [review.awaitingDecision],
    to: review.underReview,
    event: 'ReviewDecisionRejected',
    requires: [],
    forbidsCreator: false,
    description:
      'Reject the proposed decision with a comment; the review is undecided again and a new proposal may be made.',
  },
  {
    command: 'TerminateAgreement',
    from: [active.inForce, active.suspended],
    to: at('terminated', 'closed'),
    event: 'AgreementTerminated',
    requires: [],
    forbidsCreator: false,
    description: 'End a signed agreement early, for a stated reason.',
  },
  {
    command: 'WithdrawAgreement',
    from: BEFORE_SIGNATURE,
    to: at('withdrawn', 'closed'),
    event: 'AgreementWithdrawn',
    requires: [],
    forbidsCreator: false,
    description: 'Abandon the agreement before it is signed.',
  },
  ...ATTACHABLE.map((position) => ({
    command: 'AddAttachment' as const,
    from: [position],
    to: position,
    event: 'AttachmentAdded' as const,
    requires: [],
    forbidsCreator: false,
    description: 'Store a file (a signed scan, an annex) with its SHA-256.',
  })),
  {
    command: 'EditAgreementText',
    from: [draft.editing],
    to: draft.editing,
    event: 'AgreementTextEdited',
    requires: [],
    forbidsCreator: false,
    description:
      'Write the draft text: its languages (at least one authentic) and clauses aligned across them.',
  },
  {
    command: 'OpenNegotiationRound',
    from: [negotiation.inRound],
    to: negotiation.inRound,
    event: 'NegotiationRoundOpened',
    requires: [],
    forbidsCreator: false,
    description:
      "Record the next round's full text, ours or the partner's; changed clauses need clearing again.",
  },
  {
    command: 'ReviewClause',
    from: [negotiation.inRound],
    to: negotiation.inRound,
    event: 'ClauseReviewed',
    requires: [],
    forbidsCreator: false,
    description:
      'Legal clears a clause of the current round, flags it with a comment, or proposes wording.',
  },
  {
    command: 'ProposeAmendment',
    from: [active.inForce, review.underReview],
    to: draft.editing,
    event: 'AmendmentProposed',
    requires: [],
    forbidsCreator: false,
    description:
      'Open amendment N+1 (also the review decision "amend"): its text goes through draft, approval, negotiation and signing while the agreement stays in force.',
  },
  {
    command: 'SignAgreement',
    from: [signing.collectingSignatures],
    to: active.inForce,
    event: 'AmendmentTookEffect',
    requires: [],
    forbidsCreator: false,
    description:
      'With the last signature on an amendment: its text becomes the consolidated text in force.',
    onCompletion: true,
  },
  {
    command: 'WithdrawAgreement',
    from: BEFORE_SIGNATURE,
    to: active.inForce,
    event: 'AmendmentWithdrawn',
    requires: [],
    forbidsCreator: false,
    description:
      'Withdraw during an amendment: the amendment is abandoned and the text in force stays.',
    onCompletion: true,
  },
];

/**
 * Moves recorded by earlier versions of the lifecycle that no command takes any more: a
 * review decided directly, before review decisions went through the approval policy.
 * evolve still reads old streams by them; decide, the UI and the docs never offer them.
 */
export const RETIRED_TRANSITIONS: readonly AgreementTransition[] = [
  {
    command: 'RenewAgreement',
    from: [review.underReview],
    to: active.inForce,
    event: 'AgreementRenewed',
    requires: ['endsOn'],
    forbidsCreator: false,
    description: 'Renewed directly from review (recorded before review approvals).',
  },
  {
    command: 'LetExpire',
    from: [review.underReview],
    to: at('expired', 'closed'),
    event: 'AgreementExpired',
    requires: [],
    forbidsCreator: false,
    description: 'Expired directly from review (recorded before review approvals).',
  },
  {
    command: 'TerminateAgreement',
    from: [review.underReview],
    to: at('terminated', 'closed'),
    event: 'AgreementTerminated',
    requires: [],
    forbidsCreator: false,
    description: 'Terminated directly from review (recorded before review approvals).',
  },
];

/** The row that lets `command` run from where `state` stands, if any. */
export function transitionFor(
  command: AgreementCommandType,
  state: AgreementState | LifecyclePosition,
): AgreementTransition | undefined {
  const here = positionOf(state);
  return AGREEMENT_TRANSITIONS.find(
    (row) =>
      row.command === command &&
      row.onCompletion !== true &&
      row.from.some((from) => samePosition(from, here)),
  );
}

/**
 * The row a command's events followed from where `state` stood: the completion row whose
 * event decide emitted last (the command completed a multi-party decision, or an amendment
 * took that way), else the command's own row.
 */
export function rowFollowed(
  command: AgreementCommandType,
  state: AgreementState | LifecyclePosition,
  events: readonly { type: AgreementEventType }[],
): AgreementTransition | undefined {
  const here = positionOf(state);
  const last = events.at(-1)?.type;
  const completion = AGREEMENT_TRANSITIONS.find(
    (row) =>
      row.command === command &&
      row.onCompletion === true &&
      row.event === last &&
      row.from.some((from) => samePosition(from, here)),
  );
  return completion ?? transitionFor(command, state);
}

/**
 * The row an event of `eventType` follows from where `state` stands, if any: a row of the
 * table, else a retired one, so streams recorded under an earlier lifecycle still fold.
 */
export function transitionForEvent(
  eventType: AgreementEventType,
  state: AgreementState | LifecyclePosition,
): AgreementTransition | undefined {
  const here = positionOf(state);
  const follows = (row: AgreementTransition) =>
    row.event === eventType && row.from.some((from) => samePosition(from, here));
  return AGREEMENT_TRANSITIONS.find(follows) ?? RETIRED_TRANSITIONS.find(follows);
}

/**
 * Just what allowedCommands needs of an agreement: where it stands and who drafted what is
 * being approved (the running amendment's proposer, else the drafter: `drafterInView`).
 */
export type AgreementStanding = AgreementPosition & { createdBy: string };

/**
 * The commands the lifecycle allows from where `state` stands; given an actor, only those
 * their role permits (COMMAND_PERMISSIONS) and that the four-eyes rule leaves them. The UI shows these as actions.
 * Required fields are not checked here: the UI should still offer "submit" and explain
 * what is missing.
 */
export function allowedCommands(
  state: AgreementState | AgreementStanding,
  actor?: Actor,
): AgreementCommandType[] {
  const here = positionOf(state);
  const commands = AGREEMENT_TRANSITIONS.filter((row) =>
    row.from.some((from) => samePosition(from, here)),
  )
    .filter((row) => actor === undefined || mayRun(actor.role, row.command))
    .filter(
      (row) =>
        actor === undefined ||
        !row.forbidsCreator ||
        state.status === 'none' ||
        ('amendment' in state ? drafterOf(state) : state.createdBy) !== actor.userId,
    )
    .map((row) => row.command);
  return [...new Set(commands)];
}
