// The FAVIJA MoU comes up for renewal: the official opens its review from the agreement
// page and assigns it to the manager; the review panel opens with the agreement's
// commitment scorecard, the overdue training camp among the open items and the assignee,
// and the manager finds the assignment among their notifications.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiClient } from './support/api.mjs';
import { messages } from './support/locales.mjs';
import { signIn } from './support/session.mjs';
import { browserSkip, useAppAndBrowser } from './support/suite.mjs';

const en = messages('en', 'agreements');
const CAMP = 'Table-tennis training camp in Japan, 2025';

describe('the FAVIJA MoU enters its renewal review', { skip: browserSkip() }, () => {
  const running = useAppAndBrowser();

  it('is assigned to the manager and opens with its scorecard and open items', async () => {
    const api = apiClient(running.app.baseUrl);
    const token = await api.tokenOf('official@concordat.demo');
    const found = await api.call(token, 'GET', '/api/agreements?partner=FAVIJA&status=active');
    const favija = found.items[0];
    assert.ok(favija, 'the demo has the FAVIJA MoU in force');

    const official = await signIn(running.browser, running.app.baseUrl, 'official@concordat.demo');
    // The session is kept once the list after sign-in has loaded; a reload before that loses it.
    await official.waitForLoadState('networkidle');
    await official.goto(`${running.app.baseUrl}/agreements/${favija.id}`);
    await official.getByTestId('action-start-review').click();
    // The date field takes the focus and opens its calendar over the form: close it first.
    await official.getByTestId('action-dialog').locator('.hint').click();
    await official.getByTestId('action-dialog').locator('.el-select__wrapper').click();
    await official.getByRole('option', { name: 'Ольга Смирнова' }).click();
    await official.getByTestId('action-confirm').click();

    const panel = official.getByTestId('review-panel');
    await panel.waitFor();
    await official.getByTestId('review-assignee').getByText('Ольга Смирнова').waitFor();
    assert.match(await panel.textContent(), new RegExp(en.review.thisAgreement));
    const overdue = official.getByTestId('review-overdue').filter({ hasText: CAMP });
    await overdue.waitFor();
    await official.context().close();

    const manager = await signIn(running.browser, running.app.baseUrl, 'manager@concordat.demo');
    const managerToken = await api.tokenOf('manager@concordat.demo');
    const notifications = await api.call(managerToken, 'GET', '/api/notifications');
    assert.ok(
      notifications.items.some(
        (item) => item.kind === 'agreement.review_assigned' && item.subject.id === favija.id,
      ),
      'the manager is told the review is theirs',
    );
    await manager.context().close();
  });
});
