// The official opens the approvals inbox, finds the seeded ASEAN seminar programme waiting
// for their decision, approves it there with a comment, sees the inbox empty, and finds
// the approval, step by step, on the agreement page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messages } from './support/locales.mjs';
import { timelineEvent } from './support/pages.mjs';
import { signIn } from './support/session.mjs';
import { browserSkip, useAppAndBrowser } from './support/suite.mjs';

const en = messages('en', 'approvals');

describe('the official approves from the approvals inbox', { skip: browserSkip() }, () => {
  const running = useAppAndBrowser();

  it('approves in the inbox and sees the decision on the agreement page', async () => {
    const official = await signIn(running.browser, running.app.baseUrl, 'official@concordat.demo');
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

    await official.goto(`${running.app.baseUrl}/agreements/${id}`);
    const outcome = official.getByTestId('approval-outcome');
    await outcome.waitFor();
    assert.equal((await outcome.textContent()).trim(), en.outcomes.approved);
    const decision = official.getByTestId('approval-decision').first();
    assert.match(await decision.textContent(), /Nguyễn Thị Lan/);
    assert.match(await decision.textContent(), /Phù hợp với kế hoạch năm\./);
    await timelineEvent(official, 'ApprovalDecisionRecorded').waitFor();

    await official.context().close();
  });
});
