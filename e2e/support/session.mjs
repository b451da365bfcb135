// A user at their own machine: a fresh browser context, signed in through the login form.

/** Signs `email` in with the demo password in a browser context of its own; returns the page. */
export async function signIn(browser, baseUrl, email, { locale = 'en-GB' } = {}) {
  const page = await newPage(browser, { locale });
  await page.goto(baseUrl);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('concordat-demo');
  await page.getByTestId('login-submit').click();
  // The login page's own URL holds "?redirect=/agreements": wait for the path itself.
  await page.waitForURL((url) => url.pathname.startsWith('/agreements'));
  return page;
}

/** A page in a new context at the size the UI is designed for. */
export async function newPage(browser, { locale = 'en-GB' } = {}) {
  const context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}
