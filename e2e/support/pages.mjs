// Steps that several browser tests take the same way a user does.

/**
 * Goes to the agreements list through the menu and searches for `token` until exactly
 * one row, containing it, is left. Through the menu because the session lives in the
 * single-page app: a full page load would ask to sign in again.
 */
export async function searchListFor(page, token) {
  await page.getByTestId('nav-agreements').click();
  await page.waitForURL(/\/agreements(\?.*)?$/);
  await page.getByTestId('agreements-search').fill(token);
  await page.waitForFunction((t) => {
    const rows = document.querySelectorAll('[data-testid="agreement-row"]');
    return rows.length === 1 && rows[0].textContent.includes(t);
  }, token);
  return page.getByTestId('agreement-row').first();
}

/** Opens the one agreement whose row contains `token`. */
export async function openFromList(page, token) {
  await (await searchListFor(page, token)).click();
  await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
}

/** Waits until the agreement page's lifecycle step reads `label`. */
export async function waitForStep(page, label) {
  await page.waitForFunction(
    (text) =>
      document.querySelector('[data-testid="agreement-status"]')?.textContent.includes(text),
    label,
  );
}

/** The timeline entry of the given event type (the first one), once shown. */
export function timelineEvent(page, type) {
  return page.locator(`[data-testid="timeline-event"][data-event-type="${type}"]`).first();
}

/** The text of the first timeline entry of the given event type, once shown. */
export async function timelineText(page, type) {
  const event = timelineEvent(page, type);
  await event.waitFor();
  return (await event.textContent()).trim();
}
