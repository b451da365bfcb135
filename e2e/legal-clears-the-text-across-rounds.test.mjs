// Legal reviews the seeded 2027 FAVIJA exchange programme clause by clause (one click and
// the keyboard), finalises it, records FAVIJA's counter-proposal that changes one clause,
// sees only that clause lose its clearance, cannot finalise until it is cleared again,
// and compares the two rounds word by word in Vietnamese and Japanese.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startApp } from './support/app.mjs';
import { launchBrowser, missingBrowserReason } from './support/browser.mjs';
import { agreementsMessages } from './support/locales.mjs';
import { searchListFor } from './support/pages.mjs';

const skipReason = missingBrowserReason();
if (skipReason) console.log(`# end-to-end suite skipped: ${skipReason}`);

const en = agreementsMessages('en');
const text = JSON.parse(
  readFileSync(new URL('../apps/web/src/locales/en/text.json', import.meta.url), 'utf8'),
);

describe(
  'legal clears the text of the FAVIJA programme across rounds',
  { skip: skipReason ?? false },
  () => {
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

    async function waitForStep(page, label) {
      await page.waitForFunction(
        (expected) =>
          document
            .querySelector('[data-testid="agreement-status"]')
            ?.textContent.includes(expected),
        label,
      );
    }

    const clause = (page, n) => page.getByTestId('review-clause').nth(n - 1);

    async function statuses(page) {
      return page
        .getByTestId('review-clause')
        .evaluateAll((clauses) => clauses.map((element) => element.dataset.status));
    }

    async function waitForStatus(page, n, status) {
      await page.waitForFunction(
        ([index, expected]) =>
          document.querySelectorAll('[data-testid="review-clause"]')[index]?.dataset.status ===
          expected,
        [n - 1, status],
      );
    }

    it('clears, finalises, records the partner round and clears the changed clause again', async () => {
      const legal = await signIn('legal@concordat.demo');
      await (await searchListFor(legal, '2027')).click();
      await legal.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);

      // Round 2 is FAVIJA's: clause 2 changed since it was cleared, clause 3 is flagged.
      await legal.getByTestId('link-review').click();
      await legal.getByTestId('review-clause').first().waitFor();
      assert.deepEqual(await statuses(legal), ['cleared', 'unreviewed', 'flagged']);

      await legal.getByTestId('clear-delegations').click();
      await waitForStatus(legal, 2, 'cleared');
      // The keyboard alone: focus clause 3 and press C.
      await clause(legal, 2).focus();
      await legal.keyboard.press('j');
      await legal.keyboard.press('c');
      await waitForStatus(legal, 3, 'cleared');
      assert.match(
        await legal.getByTestId('review-progress').textContent(),
        /3 of 3 clauses cleared/,
      );

      await legal.getByText(text.editor.back).click();
      await legal.getByTestId('action-finalize').click();
      await legal.getByTestId('action-dialog').waitFor();
      await legal.getByTestId('action-confirm').click();
      await waitForStep(legal, en.steps.text_final);
      assert.match(await legal.getByTestId('text-hash').textContent(), /[0-9a-f]{64}/);

      // FAVIJA answers with another date for the delegation.
      await legal.getByTestId('link-add-round').click();
      await legal.getByTestId('editor-clause').first().waitFor();
      await legal
        .getByTestId('clause-text-1-ja')
        .fill('2027年7月、ベトナム側は卓球及び空手の選手を含む15名の代表団を7日間日本に派遣する。');
      await legal
        .getByTestId('clause-text-1-vi')
        .fill(
          'Tháng 7 năm 2027, phía Việt Nam cử một đoàn 15 người gồm vận động viên bóng bàn và karate sang Nhật Bản trong bảy ngày.',
        );
      await legal.getByTestId('save-text').click();
      await legal.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
      await waitForStep(legal, en.steps.in_round);

      // Finalising now is refused, naming the clause.
      await legal.getByTestId('action-finalize').click();
      await legal.getByTestId('action-dialog').waitFor();
      await legal.getByTestId('action-confirm').click();
      await legal.getByTestId('action-error').waitFor();
      assert.match(await legal.getByTestId('action-error').textContent(), /Clauses 2 of round 3/);
      await legal.keyboard.press('Escape');

      await legal.getByTestId('link-review').click();
      await legal.getByTestId('review-clause').first().waitFor();
      assert.deepEqual(await statuses(legal), ['cleared', 'unreviewed', 'cleared']);
      await legal.getByTestId('clear-delegations').click();
      await waitForStatus(legal, 2, 'cleared');

      // Round 2 against round 3, word by word.
      await legal.getByText(text.editor.back).click();
      await legal.getByTestId('link-diff').click();
      await legal.getByTestId('diff-clause').first().waitFor();
      const changed = legal.getByTestId('diff-clause').first();
      assert.equal(await changed.getAttribute('data-change'), 'changed');
      assert.equal(await changed.locator('[lang="vi"] del').first().textContent(), '6');
      assert.equal(await changed.locator('[lang="vi"] ins').first().textContent(), '7');
      assert.equal(await changed.locator('[lang="ja"] ins').first().textContent(), '7');

      await legal.context().close();
    });
  },
);
