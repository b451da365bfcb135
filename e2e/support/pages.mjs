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

/** Clicks an action of the agreement page and confirms its dialog, with a comment if given. */
export async function runAction(page, action, comment) {
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId('action-dialog').waitFor();
  if (comment) await page.getByTestId('action-comment').fill(comment);
  await page.getByTestId('action-confirm').click();
}

/**
 * Drafts an MoU with FAVIJA (Japan), as in the seeds, through the new-draft form; returns
 * the new agreement's id once its page is shown.
 */
export async function draftFavijaMou(page, title) {
  await page.getByTestId('new-agreement').click();
  await page.waitForURL(/\/agreements\/new/);
  await page.getByTestId('title-text-0').fill(title);
  await page.getByTestId('agreement-type').click();
  await page.getByTestId('type-option-mou').click();
  await page.getByTestId('our-organisation').fill('Hiệp hội Thể thao Công an nhân dân Việt Nam');
  await page.getByTestId('partner-name-0').fill('FAVIJA');
  await page.getByTestId('partner-country-0').click();
  await page.getByTestId('country-option-JP').click();
  await page.getByTestId('create-submit').click();
  await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop();
}
