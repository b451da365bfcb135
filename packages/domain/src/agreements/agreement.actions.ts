import type { Actor } from '../auth/roles.js';
import type { AgreementCommandType } from './agreement.commands.js';
import type { AgreementState } from './agreement.state.js';
import { allowedCommands, transitionFor } from './transitions.js';
import type { AgreementStanding } from './transitions.js';

/** Commands with routes of their own: creating (`POST /api/agreements`) and uploading a file. */
export const COMMANDS_WITH_OWN_ROUTE = ['CreateDraftAgreement', 'AddAttachment'] as const;

type LifecycleCommandType = Exclude<AgreementCommandType, (typeof COMMANDS_WITH_OWN_ROUTE)[number]>;

export interface AgreementActionDefinition {
  /** The domain commands this route name runs; where several, the agreement's step picks one. */
  commands: readonly LifecycleCommandType[];
  /** The next step on the main road, which the UI shows as the primary button. */
  primary: boolean;
  /** Another name for an action; not offered in allowedActions, so the UI shows it once. */
  aliasOf?: string;
}

/**
 * The commands as the api names them in `POST /api/agreements/{id}/{action}` and the web
 * names its buttons. Data, so the api routes and the UI agree without restating it.
 * `approve` approves a draft, clears the final text for signature or approves a proposed
 * review decision; `reject` (alias `request-changes`) returns a draft, refuses clearance or
 * rejects the review decision, whichever the step awaits. Under review `renew`, `expire`
 * and `terminate` propose the decision (review/review-decision.ts).
 */
export const AGREEMENT_ACTIONS = {
  edit: { commands: ['EditAgreementDetails'], primary: false },
  submit: { commands: ['SubmitForApproval'], primary: true },
  approve: { commands: ['ApproveDraft', 'ClearToSign', 'ApproveReviewDecision'], primary: true },
  reject: {
    commands: ['ReturnDraftForChanges', 'RefuseClearance', 'RejectReviewDecision'],
    primary: false,
  },
  'request-changes': {
    commands: ['ReturnDraftForChanges', 'RefuseClearance', 'RejectReviewDecision'],
    primary: false,
    aliasOf: 'reject',
  },
  'start-negotiation': { commands: ['StartNegotiation'], primary: true },
  'add-round': { commands: ['OpenNegotiationRound'], primary: false },
  finalize: { commands: ['FinaliseText'], primary: true },
  'request-clearance': { commands: ['RequestClearanceToSign'], primary: true },
  'open-signing': { commands: ['OpenSigning'], primary: true },
  sign: { commands: ['SignAgreement'], primary: true },
  suspend: { commands: ['SuspendAgreement'], primary: false },
  resume: { commands: ['ResumeAgreement'], primary: true },
  'start-review': { commands: ['StartReview'], primary: false },
  renew: { commands: ['RenewAgreement'], primary: true },
  expire: { commands: ['LetExpire'], primary: false },
  terminate: { commands: ['TerminateAgreement'], primary: false },
  withdraw: { commands: ['WithdrawAgreement'], primary: false },
  'edit-text': { commands: ['EditAgreementText'], primary: false },
  'review-clause': { commands: ['ReviewClause'], primary: false },
  'propose-amendment': { commands: ['ProposeAmendment'], primary: false },
} as const satisfies Record<string, AgreementActionDefinition>;

export type AgreementAction = keyof typeof AGREEMENT_ACTIONS;

/** Every action name, in the order the UI lists its buttons. */
export const AGREEMENT_ACTION_NAMES = Object.keys(AGREEMENT_ACTIONS) as AgreementAction[];

export function isAgreementAction(value: string): value is AgreementAction {
  return Object.hasOwn(AGREEMENT_ACTIONS, value);
}

function definitionOf(action: AgreementAction): AgreementActionDefinition {
  return AGREEMENT_ACTIONS[action];
}

/**
 * The command `action` runs on an agreement in `state`: the first of its commands with a
 * transition from there, else its first command, so that decide refuses it with
 * TRANSITION_NOT_ALLOWED naming a real command.
 */
export function commandForAction(
  action: AgreementAction,
  state: AgreementState | AgreementStanding,
): LifecycleCommandType {
  const { commands } = definitionOf(action);
  const runnable = commands.find((command) => transitionFor(command, state) !== undefined);
  const chosen = runnable ?? commands[0];
  if (chosen === undefined) throw new Error(`The action ${action} names no command`);
  return chosen;
}

/**
 * The action names `actor` may run on the agreement now, read from the transition and
 * permission tables (aliases left out). This is what `GET /api/agreements/{id}` answers
 * as `allowedActions` and what the UI turns into buttons.
 */
export function allowedActions(
  state: AgreementState | AgreementStanding,
  actor: Actor,
): AgreementAction[] {
  const commands = new Set<AgreementCommandType>(allowedCommands(state, actor));
  return AGREEMENT_ACTION_NAMES.filter((action) => {
    const definition = definitionOf(action);
    return (
      definition.aliasOf === undefined &&
      definition.commands.some((command) => commands.has(command))
    );
  });
}

/** The one action to offer as the main next step, if the actor has one. */
export function primaryAction(actions: readonly AgreementAction[]): AgreementAction | undefined {
  return actions.find((action) => definitionOf(action).primary);
}
