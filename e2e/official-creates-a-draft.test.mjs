// The official signs in, drafts an MoU with a Vietnamese title, finds it in the list and
// sees who created it in its history; then does the same in each of the other UI
// languages, and the language choice survives a reload.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreementsMessages } from './support/locales.mjs';
import { searchListFor } from './support/pages.mjs';
import { signIn } from './support/session.mjs';
import { browserSkip, useAppAndBrowser } from './support/suite.mjs';

// A token unique to this run, so each search finds exactly the draft this run made.
const run = Date.now().toString(36);
const DRAFTS = {
  en: `Biên bản ghi nhớ hợp tác đào tạo karatedo tại Đà Nẵng ${run}en`,
  vi: `Thỏa thuận trao đổi đoàn vận động viên bóng bàn ${run}vi`,
  ru: `Меморандум о сотрудничестве в области дзюдо ${run}ru`,
  ja: `空手道の親善大会に関する覚書 ${run}ja`,
};

describe('the official drafts agreements in the browser', { skip: browserSkip() }, () => {
  const running = useAppAndBrowser();
  let page;

  async function listHeading() {
    const heading = page.getByTestId('agreements-title');
    await heading.waitFor();
    return (await heading.textContent()).trim();
  }

  async function switchLanguage(lang) {
    await page.getByTestId('language-switcher').click();
    await page.getByTestId(`language-option-${lang}`).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }

  async function createDraft(title) {
    await page.getByTestId('new-agreement').click();
    await page.waitForURL(/\/agreements\/new/);
    await page.getByTestId('title-text-0').fill(title);
    await page.getByTestId('create-submit').click();
    await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    const shown = page.getByTestId('agreement-title');
    await shown.waitFor();
    assert.ok((await shown.textContent()).includes(title), `the title is shown as typed: ${title}`);
    const events = page.getByTestId('timeline-event');
    await events.first().waitFor();
    assert.equal(await events.count(), 1, 'a new draft has exactly its creation event');
    assert.match(
      await events.first().textContent(),
      /Nguyễn Thị Lan/,
      'the creation event names the official',
    );
  }

  async function findInList(title, token) {
    const row = await searchListFor(page, token);
    assert.ok((await row.textContent()).includes(title));
  }

  it('signs in as the official and lands on the agreements list', async () => {
    page = await signIn(running.browser, running.app.baseUrl, 'official@concordat.demo');
    assert.equal(await listHeading(), agreementsMessages('en').list.title);
    assert.ok(
      (await page.getByTestId('agreement-row').count()) > 0,
      'the demo agreements are listed',
    );
  });

  for (const lang of ['en', 'vi', 'ru', 'ja']) {
    it(`creates and finds a draft with the UI in ${lang}`, async () => {
      if (lang !== 'en') await switchLanguage(lang);
      assert.equal(await listHeading(), agreementsMessages(lang).list.title);
      await createDraft(DRAFTS[lang]);
      await findInList(DRAFTS[lang], `${run}${lang}`);
    });
  }

  it('remembers the chosen language after a reload', async () => {
    await page.reload();
    assert.equal(await listHeading(), agreementsMessages('ja').list.title);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  });
});
