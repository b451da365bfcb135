import {
  type AgreementText,
  type AgreementTextView,
  type ClauseReviewView,
  type ExistingAgreementState,
  type TextProposer,
  type TextVersionView,
  inForceRoundOf,
  textHash,
  type UserRef,
} from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '../../../../platform/event-store/stored-event.js';

interface Recorded {
  actorId: string;
  at: string;
}

/**
 * The text part of an agreement as it stood after `history`: the fold knows the versions
 * and the reviews; who recorded each, and when, come from the events that did (the text
 * tables only hold the present: a later edit or review overwrites their rows).
 */
export async function readTextAsOf(
  manager: EntityManager,
  history: readonly StoredEvent[],
  state: ExistingAgreementState,
): Promise<AgreementTextView & { inForce: TextVersionView | null }> {
  const rounds = new Map<number, Recorded>();
  const reviews = new Map<string, Recorded>();
  const finalised = new Map<number, string>();
  let round = 0;
  for (const event of history) {
    const recorded = { actorId: event.actorId, at: event.occurredAt };
    if (event.type === 'AgreementTextEdited') rounds.set(0, recorded);
    // An amendment's negotiation continues the agreement's round numbering.
    if (event.type === 'NegotiationStarted') round += 1;
    if (event.type === 'NegotiationRoundOpened') round = Number(event.data['round']);
    if (event.type === 'NegotiationStarted' || event.type === 'NegotiationRoundOpened')
      rounds.set(round, recorded);
    if (event.type === 'ClauseReviewed') reviews.set(String(event.data['clauseKey']), recorded);
    if (event.type === 'TextFinalised') finalised.set(round, String(event.data['textHash']));
  }
  // Every version is recorded by an event; the drafter at the start is only a safe default.
  const fallback: Recorded = { actorId: state.createdBy, at: history[0]?.occurredAt ?? '' };
  const users = await usersById(manager, [fallback, ...rounds.values(), ...reviews.values()]);
  const userOf = (recorded: Recorded): UserRef => {
    const user = users.get(recorded.actorId);
    if (user === undefined) throw new Error(`the actor ${recorded.actorId} is not a user`);
    return user;
  };
  const view = (
    versionRound: number,
    proposedBy: TextProposer,
    text: AgreementText,
    withReviews: boolean,
  ): TextVersionView => {
    const recorded = rounds.get(versionRound) ?? fallback;
    return {
      round: versionRound,
      proposedBy,
      languages: text.languages,
      clauses: text.clauses.map((clause, index) => {
        const review = withReviews ? state.text.reviews[clause.key] : undefined;
        const by = reviews.get(clause.key);
        const reviewView: ClauseReviewView | null =
          review === undefined || by === undefined
            ? null
            : { ...review, reviewedBy: userOf(by), reviewedAt: by.at };
        return { ...clause, number: index + 1, review: reviewView };
      }),
      textHash: textHash(text),
      finalisedHash: finalised.get(versionRound) ?? null,
      recordedAt: recorded.at,
      recordedBy: userOf(recorded),
    };
  };
  const versions = state.text.versions.map((version) =>
    view(version.round, version.proposedBy, version.text, false),
  );
  const last = state.text.versions.at(-1);
  const draft = state.text.draft;
  const current =
    last !== undefined
      ? view(last.round, last.proposedBy, last.text, true)
      : draft !== null
        ? view(0, 'ours', draft, false)
        : null;
  const inForceRound = inForceRoundOf(state);
  const inForce = state.text.versions.find((version) => version.round === inForceRound);
  return {
    current,
    inForce:
      inForce === undefined ? null : view(inForce.round, inForce.proposedBy, inForce.text, false),
    versions: versions.map(({ languages: _languages, clauses, ...summary }) => ({
      ...summary,
      clauseCount: clauses.length,
    })),
  };
}

async function usersById(
  manager: EntityManager,
  recorded: readonly Recorded[],
): Promise<Map<string, UserRef>> {
  const ids = [...new Set(recorded.map(({ actorId }) => actorId))];
  if (ids.length === 0) return new Map();
  const rows = await manager.query<UserRef[]>(
    `SELECT id, name, email, role FROM users WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((user) => [user.id, user]));
}
