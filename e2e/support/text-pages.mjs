// The clause-review page, read the way legal reads it: one status per clause.

/** The status of every clause on the clause-review page, in order. */
export function reviewStatuses(page) {
  return page
    .getByTestId('review-clause')
    .evaluateAll((clauses) => clauses.map((element) => element.dataset.status));
}

/** Waits until clause `n` (from 1) of the clause-review page has `status`. */
export async function waitForClauseStatus(page, n, status) {
  await page.waitForFunction(
    ([index, expected]) =>
      document.querySelectorAll('[data-testid="review-clause"]')[index]?.dataset.status ===
      expected,
    [n - 1, status],
  );
}
