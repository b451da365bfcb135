import { COMMAND_PERMISSIONS } from '../auth/command-permissions.js';
import type { Actor } from '../auth/roles.js';
import type {
  AgreementCommand,
  AgreementCommandType,
  CommandMetadata,
} from './agreement.commands.js';
import type { AgreementEvent } from './agreement.events.js';
import { NO_AGREEMENT, positionKey } from './agreement.position.js';
import type { LifecyclePosition } from './agreement.position.js';
import type { AgreementState } from './agreement.state.js';
import { initialAgreementState } from './agreement.state.js';
import { decide } from './decide.js';
import { evolve } from './evolve.js';
import { AGREEMENT_TRANSITIONS } from './transitions.js';
import { isAmendmentOnlyRow } from './amendments/amendment.model.js';
import type { AgreementTransition } from './transitions.js';
import { signaturesToComplete } from './signing/signing.fixtures.js';
import { textHash } from './text/text.canonical.js';
import type { AgreementText } from './text/text.model.js';

/** Test-only builders (excluded from the build): agreements at any step, reached by real commands. */

export const DRAFTER: Actor = { userId: 'user-drafter', role: 'manager' };
export const APPROVER: Actor = { userId: 'user-approver', role: 'official' };
export const AUDITOR: Actor = { userId: 'user-auditor', role: 'auditor' };

export const NOW = '2026-11-23T09:00:00.000Z';

export function by(actor: Actor): CommandMetadata {
  return { actor, now: NOW };
}

type CommandOf<T extends AgreementCommandType> = Extract<AgreementCommand, { type: T }>;

/** A bilingual text, both languages authentic, as the FAVIJA MoU has. */
export const SAMPLE_TEXT: AgreementText = {
  languages: [
    { tag: 'vi', authentic: true },
    { tag: 'ja', authentic: true },
  ],
  clauses: [
    {
      key: 'purpose',
      title: { vi: 'Mục đích', ja: '目的' },
      text: {
        vi: 'Hai bên hợp tác phát triển thể thao trên cơ sở bình đẳng và cùng có lợi.',
        ja: '両者は、平等と互恵に基づきスポーツの発展に協力する。',
      },
    },
    {
      key: 'delegations',
      title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
      text: {
        vi: 'Hai bên trao đổi đoàn vận động viên và huấn luyện viên mỗi năm một lần.',
        ja: '両者は、年に一度、選手と指導者の代表団を交流させる。',
      },
    },
  ],
};

/** A valid command of every type, whose dates fit the sample draft below. */
export const SAMPLE_COMMANDS: { [T in AgreementCommandType]: CommandOf<T> } = {
  CreateDraftAgreement: {
    type: 'CreateDraftAgreement',
    data: {
      agreementId: 'agreement-1',
      title: {
        vi: 'Biên bản ghi nhớ hợp tác thể thao với FAVIJA',
        ja: 'FAVIJAとのスポーツ交流協力に関する覚書',
      },
      type: 'mou',
      ourOrganisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
      partners: [{ name: 'FAVIJA', country: 'JP' }],
      startsOn: '2024-03-15',
      endsOn: '2029-03-14',
    },
  },
  EditAgreementDetails: {
    type: 'EditAgreementDetails',
    data: { summary: { en: 'Exchanges of teams' } },
  },
  SubmitForApproval: { type: 'SubmitForApproval', data: {} },
  ApproveDraft: { type: 'ApproveDraft', data: { comment: 'Fits the annual plan' } },
  ReturnDraftForChanges: { type: 'ReturnDraftForChanges', data: { comment: 'Add the partner' } },
  StartNegotiation: { type: 'StartNegotiation', data: {} },
  OpenNegotiationRound: {
    type: 'OpenNegotiationRound',
    data: { proposedBy: 'partner', text: SAMPLE_TEXT },
  },
  FinaliseText: { type: 'FinaliseText', data: {} },
  RequestClearanceToSign: { type: 'RequestClearanceToSign', data: {} },
  ClearToSign: { type: 'ClearToSign', data: { comment: null } },
  RefuseClearance: { type: 'RefuseClearance', data: { comment: 'Clause 4 needs a budget' } },
  OpenSigning: { type: 'OpenSigning', data: {} },
  SignAgreement: {
    type: 'SignAgreement',
    data: {
      party: 'ours',
      signatoryName: 'Nguyễn Văn An',
      signatoryTitle: 'Chủ tịch Hiệp hội',
      signedOn: '2024-03-15',
      place: 'Hà Nội',
      method: 'wet_ink',
      // What fixtures finalise is the sample text (see preparationAfter).
      textHash: textHash(SAMPLE_TEXT),
    },
  },
  SuspendAgreement: { type: 'SuspendAgreement', data: { reason: 'Partner reorganisation' } },
  ResumeAgreement: { type: 'ResumeAgreement', data: {} },
  StartReview: { type: 'StartReview', data: { dueOn: '2028-12-01' } },
  RenewAgreement: { type: 'RenewAgreement', data: { endsOn: '2034-03-14' } },
  LetExpire: { type: 'LetExpire', data: {} },
  ApproveReviewDecision: { type: 'ApproveReviewDecision', data: { comment: 'Worth renewing' } },
  RejectReviewDecision: {
    type: 'RejectReviewDecision',
    data: { comment: 'Decide after the 2028 camp' },
  },
  TerminateAgreement: {
    type: 'TerminateAgreement',
    data: { reason: 'Programme ended', terminatedOn: '2025-01-01' },
  },
  WithdrawAgreement: { type: 'WithdrawAgreement', data: { reason: 'Handled elsewhere' } },
  AddAttachment: {
    type: 'AddAttachment',
    data: {
      attachmentId: '0b9f3c52-5d1e-4c59-9d55-3f3c0c6f7a11',
      name: 'Biên bản ký.pdf',
      mediaType: 'application/pdf',
      size: 2048,
      sha256: 'a'.repeat(64),
    },
  },
  // Another text than the one fixtures start with (preparationAfter), so the edit changes it.
  EditAgreementText: {
    type: 'EditAgreementText',
    data: {
      text: {
        ...SAMPLE_TEXT,
        clauses: [
          ...SAMPLE_TEXT.clauses,
          {
            key: 'camps',
            title: { vi: 'Tập huấn', ja: '合宿' },
            text: { vi: 'Tổ chức tập huấn chung.', ja: '合同合宿を行う。' },
          },
        ],
      },
    },
  },
  ReviewClause: {
    type: 'ReviewClause',
    data: { clauseKey: 'purpose', status: 'cleared', comment: null },
  },
  ProposeAmendment: {
    type: 'ProposeAmendment',
    data: { reason: 'Add a clause on youth camps' },
  },
};

export function sample<T extends AgreementCommandType>(type: T): CommandOf<T> {
  return SAMPLE_COMMANDS[type];
}

/**
 * Who runs `command` in fixtures: the first role COMMAND_PERMISSIONS allows it (admins
 * last). The manager is the drafter and the official the approver, so four eyes hold.
 */
export function actorFor(command: AgreementCommandType): Actor {
  if (command === 'CreateDraftAgreement') return DRAFTER;
  const role = COMMAND_PERMISSIONS[command].find((candidate) => candidate !== 'admin') ?? 'admin';
  if (role === DRAFTER.role) return DRAFTER;
  if (role === APPROVER.role) return APPROVER;
  return { userId: `user-${role}`, role };
}

/**
 * The shortest path of table rows from "no agreement" to `target`, found by walking
 * AGREEMENT_TRANSITIONS, so fixtures follow the table instead of restating it.
 */
export function pathTo(target: LifecyclePosition): AgreementTransition[] {
  const start = positionKey(NO_AGREEMENT);
  const routes = new Map<string, AgreementTransition[]>([[start, []]]);
  const queue = [start];
  for (let here = queue.shift(); here !== undefined; here = queue.shift()) {
    const route = routes.get(here) ?? [];
    if (here === positionKey(target)) return route;
    for (const row of AGREEMENT_TRANSITIONS.filter((row) => !isAmendmentOnlyRow(row))) {
      const next = positionKey(row.to);
      if (row.from.some((from) => positionKey(from) === here) && !routes.has(next)) {
        routes.set(next, [...route, row]);
        queue.push(next);
      }
    }
  }
  throw new Error(`${positionKey(target)} cannot be reached from ${start}`);
}

/** The events of an agreement brought to `target` by the sample commands. */
export function historyTo(target: LifecyclePosition): AgreementEvent[] {
  let state: AgreementState = initialAgreementState;
  const history: AgreementEvent[] = [];
  const run = (command: AgreementCommand) => {
    const events = decide(command, state, by(actorFor(command.type)));
    history.push(...events);
    state = events.reduce(evolve, state);
  };
  for (const row of pathTo(target)) {
    const commands = row.onCompletion ? commandsToComplete(row, state) : [sample(row.command)];
    for (const command of commands) run(command);
    for (const command of preparationAfter(row, state)) run(command);
  }
  return history;
}

/**
 * The decisions that together reach a completion row: a signature from every party yet to
 * sign; one approval, since fixtures run the default policy (one step, any one official).
 * A review decision leads where its proposal says: a fixture that proposed another one
 * has it rejected and proposes the one the row completes first.
 */
function commandsToComplete(row: AgreementTransition, state: AgreementState): AgreementCommand[] {
  if (row.command === 'SignAgreement') return signaturesToComplete(state);
  if (row.command !== 'ApproveReviewDecision') return [sample(row.command)];
  const wanted = PROPOSAL_FOR[row.event];
  const proposed = state.status === 'none' ? undefined : state.approval?.proposal?.decision;
  if (wanted === undefined || proposed === wanted.decision) return [sample(row.command)];
  return [sample('RejectReviewDecision'), sample(wanted.command), sample(row.command)];
}

/** The proposal that an approved review decision turns into each outcome event. */
const PROPOSAL_FOR: Partial<
  Record<string, { decision: string; command: 'RenewAgreement' | 'LetExpire' }>
> = {
  AgreementRenewed: { decision: 'renew', command: 'RenewAgreement' },
  AgreementExpired: { decision: 'expire', command: 'LetExpire' },
};

/**
 * What fixture agreements do on the way that the shortest path skips: the drafter writes
 * the sample text, and legal clears every clause of each round, so that a fixture at any
 * later step has a text and can be finalised.
 */
function preparationAfter(row: AgreementTransition, state: AgreementState): AgreementCommand[] {
  if (row.command === 'CreateDraftAgreement') {
    return [{ type: 'EditAgreementText', data: { text: SAMPLE_TEXT } }];
  }
  if (state.status !== 'negotiation' || state.step !== 'in_round') return [];
  const version = state.text.versions[state.text.versions.length - 1];
  return (version?.text.clauses ?? []).map((clause) => ({
    type: 'ReviewClause',
    data: { clauseKey: clause.key, status: 'cleared', comment: null },
  }));
}

export function givenAgreementAt(target: LifecyclePosition): AgreementState {
  return historyTo(target).reduce(evolve, initialAgreementState);
}

/** Runs commands in order from an empty history, as their given actors. */
export function given(...steps: [AgreementCommand, Actor][]): AgreementState {
  return steps.reduce<AgreementState>(
    (state, [command, actor]) => decide(command, state, by(actor)).reduce(evolve, state),
    initialAgreementState,
  );
}
