// The manager drafts the FAVIJA MoU with its partner, organisation and type, and submits
// it; the official, in a browser of their own, approves it with a comment and sees the
// approval in its history. Then the other road: the official returns a submitted draft
// with a comment, and it is back in editing for the manager.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreementsMessages } from './support/locales.mjs';
import {
  draftFavijaMou,
  openFromList,
  runAction,
  timelineText,
  waitForStep,
} from './support/pages.mjs';
import { signIn as signInAt } from './support/session.mjs';
import { browserSkip, useAppAndBrowser } from './support/suite.mjs';

const run = Date.now().toString(36);
const en = agreementsMessages('en');

describe('the official approves the FAVIJA MoU', { skip: browserSkip() }, () => {
  const running = useAppAndBrowser();
  const signIn = (email) => signInAt(running.browser, running.app.baseUrl, email);

  async function draftAndSubmit(page, title) {
    await draftFavijaMou(page, title);
    await runAction(page, 'submit');
    await waitForStep(page, en.steps.awaiting_approval);
    assert.equal(await page.getByTestId('action-submit').count(), 0, 'submitted only once');
  }

  it('the manager drafts and submits it; the official approves it with a comment', async () => {
    const manager = await signIn('manager@concordat.demo');
    await draftAndSubmit(manager, `Biên bản ghi nhớ FAVIJA ${run}a`);

    const official = await signIn('official@concordat.demo');
    await openFromList(official, `${run}a`);
    await official.getByTestId('action-approve').waitFor();
    await official.getByTestId('action-approve').click();
    await official.getByTestId('action-dialog').waitFor();
    await official.getByTestId('action-comment').fill('Phù hợp với kế hoạch hợp tác quốc tế năm.');
    await official.getByTestId('action-confirm').click();
    await waitForStep(official, en.steps.approved);

    const approval = await timelineText(official, 'DraftApproved');
    assert.match(approval, new RegExp(en.events.DraftApproved));
    assert.match(approval, /Nguyễn Thị Lan/, 'the approval names the official');
    assert.match(approval, /Phù hợp với kế hoạch hợp tác quốc tế năm\./, 'with the comment');
    assert.equal(await official.getByTestId('action-approve').count(), 0, 'approved only once');

    await manager.context().close();
    await official.context().close();
  });

  it('the official returns a submitted draft with a comment; it is back in editing', async () => {
    const manager = await signIn('manager@concordat.demo');
    await draftAndSubmit(manager, `Thỏa thuận karatedo ${run}r`);

    const official = await signIn('official@concordat.demo');
    await openFromList(official, `${run}r`);
    await official.getByTestId('action-reject').click();
    await official.getByTestId('action-dialog').waitFor();
    await official.getByTestId('action-confirm').click();
    assert.equal(
      await official.getByTestId('action-dialog').isVisible(),
      true,
      'a return without a comment is not sent',
    );
    await official.getByTestId('action-comment').fill('Bổ sung thời hạn hợp tác.');
    await official.getByTestId('action-confirm').click();
    await waitForStep(official, en.steps.editing);
    const returned = await timelineText(official, 'DraftReturnedForChanges');
    assert.match(returned, /Bổ sung thời hạn hợp tác\./);

    await openFromList(manager, `${run}r`);
    await waitForStep(manager, en.steps.editing);
    await manager.getByTestId('action-submit').waitFor();

    await manager.context().close();
    await official.context().close();
  });
});
