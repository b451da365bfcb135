// Legal reviews the seeded 2027 FAVIJA exchange programme clause by clause (one click and
// the keyboard), finalises it, records FAVIJA's counter-proposal that changes one clause,
// sees only that clause lose its clearance, cannot finalise until it is cleared again,
// and compares the two rounds word by word in Vietnamese and Japanese.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreementsMessages, messages } from './support/locales.mjs';
import { openFromList, waitForStep } from './support/pages.mjs';
import { reviewStatuses, waitForClauseStatus } from './support/text-pages.mjs';
import { signIn } from './support/session.mjs';
import { browserSkip, useAppAndBrowser } from './support/suite.mjs';

const en = agreementsMessages('en');
const text = messages('en', 'text');

describe(
  'legal clears the text of the FAVIJA programme across rounds',
  { skip: browserSkip() },
  () => {
    const running = useAppAndBrowser();

    const clause = (page, n) => page.getByTestId('review-clause').nth(n - 1);

    it('clears, finalises, records the partner round and clears the changed clause again', async () => {
      const legal = await signIn(running.browser, running.app.baseUrl, 'legal@concordat.demo');
      await openFromList(legal, '2027');

      // Round 2 is FAVIJA's: clause 2 changed since it was cleared, clause 3 is flagged.
      await legal.getByTestId('link-review').click();
      await legal.getByTestId('review-clause').first().waitFor();
      assert.deepEqual(await reviewStatuses(legal), ['cleared', 'unreviewed', 'flagged']);

      await legal.getByTestId('clear-delegations').click();
      await waitForClauseStatus(legal, 2, 'cleared');
      // The keyboard alone: focus clause 3 and press C.
      await clause(legal, 2).focus();
      await legal.keyboard.press('j');
      await legal.keyboard.press('c');
      await waitForClauseStatus(legal, 3, 'cleared');
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
      assert.deepEqual(await reviewStatuses(legal), ['cleared', 'unreviewed', 'cleared']);
      await legal.getByTestId('clear-delegations').click();
      await waitForClauseStatus(legal, 2, 'cleared');

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
