// The official opens the approvals inbox, finds the seeded ASEAN seminar programme waiting
// for their decision, approves it there with a comment, sees the inbox empty, and finds
// the approval, step by step, on the agreement page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startApp } from './support/app.mjs';
import { launchBrowser, missingBrowserReason } from './support/browser.mjs';

const skipReason = missingBrowserReason();
if (skipReason) console.log(`# end-to-end suite skipped: ${skipReason}`);

const en = JSON.parse(
  readFileSync(new URL('../apps/web/src/locales/en/approvals.json', import.meta.url), 'utf8'),
);

describe('the official approves from the approvals inbox', { skip: skipReason ?? false }, () => {
  let app;
  let browser;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function signIn(email) {
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(app.baseUrl);
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill('concordat-demo');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/agreements/);
    return page;
  }

  it('approves in the inbox and sees the decision on the agreement page', async () => {
    const official = await signIn('official@concordat.demo');
    await official.getByTestId('nav-approvals').click();
    await official.waitForURL(/\/approvals$/);
    const item = official.locator('[data-testid^="inbox-item-"]').first();
    await item.waitFor();
    const id = (await item.getAttribute('data-testid')).replace('inbox-item-', '');
    assert.match(await item.textContent(), new RegExp(en.purposes.draft));

    await official.getByTestId(`approve-${id}`).click();
    await official.locator('textarea#decision-comment').fill('Phù hợp với kế hoạch năm.');
    await official.getByTestId('confirm-decision').click();
    await official.getByText(en.inbox.empty).waitFor();

    await official.goto(`${app.baseUrl}/agreements/${id}`);
    const outcome = official.getByTestId('approval-outcome');
    await outcome.waitFor();
    assert.equal((await outcome.textContent()).trim(), en.outcomes.approved);
    const decision = official.getByTestId('approval-decision').first();
    assert.match(await decision.textContent(), /Nguyễn Thị Lan/);
    assert.match(await decision.textContent(), /Phù hợp với kế hoạch năm\./);
    await official
      .locator('[data-testid="timeline-event"][data-event-type="ApprovalDecisionRecorded"]')
      .waitFor();

    await official.context().close();
  });
});
