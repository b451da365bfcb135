// The official signs in, drafts an MoU with a Vietnamese title, finds it in the list,
// sees who created it in its history, and reads the UI in each of the four languages.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startApp } from './support/app.mjs';
import { launchBrowser, missingBrowserReason } from './support/browser.mjs';

const skipReason = missingBrowserReason();
if (skipReason) console.log(`# end-to-end suite skipped: ${skipReason}`);

// Distinct per run, so the search finds exactly the draft this run made.
const runTag = Date.now().toString(36);
const VIETNAMESE_TITLE = `Biên bản ghi nhớ hợp tác đào tạo karatedo ${runTag} — Đà Nẵng`;

const HEADINGS = { en: 'Agreements', vi: 'Thỏa thuận', ru: 'Соглашения', ja: '協定' };

describe('the official drafts an MoU in the browser', { skip: skipReason ?? false }, () => {
  let app;
  let browser;
  let page;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('signs in as the official', async () => {
    await page.goto(app.baseUrl);
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-email').fill('official@concordat.demo');
    await page.getByTestId('login-password').fill('concordat-demo');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/agreements/);
    await assert.doesNotReject(page.getByTestId('agreements-title').waitFor());
    assert.equal((await page.getByTestId('agreements-title').textContent()).trim(), HEADINGS.en);
  });

  it('creates a draft with a Vietnamese title and sees its creation event', async () => {
    await page.getByTestId('new-agreement').click();
    await page.waitForURL(/\/agreements\/new/);
    await page.getByTestId('title-text-0').fill(VIETNAMESE_TITLE);
    await page.getByTestId('create-submit').click();
    await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    const title = page.getByTestId('agreement-title');
    await title.waitFor();
    assert.ok((await title.textContent()).includes(VIETNAMESE_TITLE), 'the title is shown byte for byte');
    const events = page.getByTestId('timeline-event');
    await events.first().waitFor();
    assert.equal(await events.count(), 1);
    const created = await events.first().textContent();
    assert.match(created, /Nguyễn Thị Lan/, 'the creation event names the official');
  });

  it('finds the draft again by searching the list', async () => {
    await page.goto(`${app.baseUrl}/agreements`);
    await page.getByTestId('agreements-search').fill(`karatedo ${runTag}`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="agreement-row"]').length === 1,
    );
    const row = page.getByTestId('agreement-row').first();
    assert.ok((await row.textContent()).includes(VIETNAMESE_TITLE));
  });

  it('speaks Vietnamese, Russian and Japanese when switched, and remembers the choice', async () => {
    for (const lang of ['vi', 'ru', 'ja']) {
      await page.getByTestId('language-switcher').click();
      await page.getByTestId(`language-option-${lang}`).click();
      await page.waitForFunction(
        (expected) => document.querySelector('[data-testid="agreements-title"]')?.textContent?.trim() === expected,
        HEADINGS[lang],
      );
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    }
    await page.reload();
    await page.getByTestId('agreements-title').waitFor();
    assert.equal((await page.getByTestId('agreements-title').textContent()).trim(), HEADINGS.ja);
  });
});
