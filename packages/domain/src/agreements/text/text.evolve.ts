import { sameClauseContent } from './text.canonical.js';
import type { AgreementText, ClauseReview, TextFacts, TextProposer } from './text.model.js';
import { currentVersion } from './text.rules.js';

/** What the text events change; evolve.ts calls these from its switch. */

export function textEdited(facts: TextFacts, text: AgreementText): TextFacts {
  return { ...facts, draft: text };
}

/** Round 1 is the approved draft text, proposed by us; without a draft there is no version. */
export function negotiationStarted(facts: TextFacts): TextFacts {
  if (facts.draft === null) return facts;
  return { ...facts, versions: [{ round: 1, proposedBy: 'ours', text: facts.draft }], reviews: {} };
}

/**
 * A new round: the full text as one side proposed it (null: unchanged, in rounds recorded
 * before rounds carried a text). A clause keeps its review only while its content is the
 * same as when it was reviewed; a changed, new or removed clause has none.
 */
export function roundOpened(
  facts: TextFacts,
  round: number,
  proposedBy: TextProposer,
  text: AgreementText | null,
): TextFacts {
  const previous = currentVersion(facts);
  const next = text ?? previous?.text;
  if (next === undefined) return facts;
  const before = new Map((previous?.text.clauses ?? []).map((clause) => [clause.key, clause]));
  const reviews: Record<string, ClauseReview> = {};
  for (const clause of next.clauses) {
    const review = facts.reviews[clause.key];
    const old = before.get(clause.key);
    if (review !== undefined && old !== undefined && sameClauseContent(old, clause)) {
      reviews[clause.key] = review;
    }
  }
  return { ...facts, versions: [...facts.versions, { round, proposedBy, text: next }], reviews };
}

export function clauseReviewed(
  facts: TextFacts,
  clauseKey: string,
  review: ClauseReview,
): TextFacts {
  return { ...facts, reviews: { ...facts.reviews, [clauseKey]: review } };
}
