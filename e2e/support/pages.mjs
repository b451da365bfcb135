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
