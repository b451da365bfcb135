// The FAVIJA MoU comes up for renewal: the official opens its review from the agreement
// page and assigns it to the manager; the review panel opens with the agreement's
// commitment scorecard, the overdue training camp among the open items and the assignee,
// and the manager finds the assignment among their notifications. The manager proposes
// renewing it for two years; the official approves the proposal from the approvals inbox
// and the MoU is in force again, with its new expiry.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiClient } from './support/api.mjs';
import { messages } from './support/locales.mjs';
import { waitForStep } from './support/pages.mjs';
import { signIn } from './support/session.mjs';
import { browserSkip, useAppAndBrowser } from './support/suite.mjs';

const en = messages('en', 'agreements');
const approvals = messages('en', 'approvals');
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

    // The manager proposes the decision; it waits for the review approval policy.
    await manager.waitForLoadState('networkidle');
    await manager.goto(`${running.app.baseUrl}/agreements/${favija.id}`);
    const propose = manager.getByTestId('action-renew');
    assert.equal((await propose.textContent()).trim(), en.actions.proposals.RenewAgreement.label);
    await propose.click();
    await manager.getByTestId('action-dialog').waitFor();
    await manager.getByTestId('action-months').fill('24');
    await manager.getByTestId('action-comment').fill('Các trại tập huấn hiệu quả');
    await manager.getByTestId('action-confirm').click();
    await waitForStep(manager, en.steps.awaiting_decision);
    await manager.getByTestId('review-proposal').getByText('Các trại tập huấn hiệu quả').waitFor();
    assert.equal(await manager.getByTestId('action-approve').count(), 0, 'not by its proposer');
    await manager.context().close();

    // The official finds it in the inbox, named as a review decision, and approves it.
    const approver = await signIn(running.browser, running.app.baseUrl, 'official@concordat.demo');
    await approver.waitForLoadState('networkidle');
    await approver.getByTestId('nav-approvals').click();
    await approver.waitForURL(/\/approvals$/);
    const item = approver.getByTestId(`inbox-item-${favija.id}`);
    await item.waitFor();
    assert.match(
      await item.textContent(),
      new RegExp(`${approvals.purposes.review} · ${approvals.proposal.kinds.renew}`),
    );
    await approver.getByTestId(`approve-${favija.id}`).click();
    await approver.getByTestId('confirm-decision').click();
    await item.waitFor({ state: 'detached' });
    await approver.context().close();

    const renewed = await api.call(token, 'GET', `/api/agreements/${favija.id}`);
    assert.equal(`${renewed.status}.${renewed.step}`, 'active.in_force');
    assert.ok(renewed.endsOn > favija.endsOn, 'the term runs on from the old expiry');
  });
});
