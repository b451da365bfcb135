import { clauseFingerprint } from './text.canonical.js';
import type { AgreementText } from './text.model.js';

/**
 * The clauses that differ between two frozen texts, as the numbers an approver reads:
 * clauses are matched by key (their identity across rounds, as the diff matches them);
 * a clause added or changed is named by its number in `after`, a removed one by its number
 * in `before`. A clause that only moved is not listed: its words are the same, and the
 * diff between the two versions shows the new order.
 */
export function changedClauses(before: AgreementText, after: AgreementText): string[] {
  const earlier = new Map(
    before.clauses.map((clause, index) => [
      clause.key,
      { number: index + 1, fingerprint: clauseFingerprint(clause) },
    ]),
  );
  const laterKeys = new Set(after.clauses.map((clause) => clause.key));
  const changed = after.clauses.flatMap((clause, index) =>
    earlier.get(clause.key)?.fingerprint === clauseFingerprint(clause) ? [] : [index + 1],
  );
  const removed = [...earlier]
    .filter(([key]) => !laterKeys.has(key))
    .map(([, clause]) => clause.number);
  return [...new Set([...changed, ...removed])].sort((a, b) => a - b).map(String);
}
