// The FAVIJA MoU, end to end in the browser, each step by the role that owns it: the
// manager drafts it in Vietnamese and Japanese and submits it; under a two-step draft
// policy the official approves it from the inbox and the admin on the agreement page;
// legal clears every clause, records FAVIJA's round that changes one clause, sees that
// clause lose its clearance and finalising refused, clears it again and finalises; the
// official clears it to sign and records both parties' signatures; it is in force, its
// history shows every decision, and the audit log verifies. Then the other road: an
// approver returns the draft with a comment and the manager has it back in editing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiClient } from './support/api.mjs';
import { agreementsMessages, messages } from './support/locales.mjs';
import {
  draftFavijaMou,
  openFromList,
  runAction,
  timelineEvent,
  timelineText,
  waitForStep,
} from './support/pages.mjs';
import { signIn as signInAt } from './support/session.mjs';
import { reviewStatuses, waitForClauseStatus } from './support/text-pages.mjs';
import { browserSkip, useAppAndBrowser } from './support/suite.mjs';

const run = Date.now().toString(36);
const en = agreementsMessages('en');
const text = messages('en', 'text');
const signing = messages('en', 'signing');
const approvals = messages('en', 'approvals');

const CLAUSES = [
  {
    title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
    text: {
      vi: 'Hai bên trao đổi một đoàn vận động viên mỗi năm.',
      ja: '両者は毎年、選手団を相互に派遣する。',
    },
  },
  {
    title: { vi: 'Giao hữu thường niên', ja: '年次親善試合' },
    text: {
      vi: 'Tổ chức giải giao hữu bóng chuyền hằng năm tại Hà Nội.',
      ja: '毎年ハノイでバレーボールの親善試合を開催する。',
    },
  },
];
/** FAVIJA's counter-proposal: the friendly match moves to Tokyo. */
const PARTNER_CHANGE = {
  vi: 'Tổ chức giải giao hữu bóng chuyền hằng năm tại Tokyo.',
  ja: '毎年東京でバレーボールの親善試合を開催する。',
};

describe('the FAVIJA MoU from draft to in force', { skip: browserSkip() }, () => {
  const running = useAppAndBrowser();
  const signIn = (email) => signInAt(running.browser, running.app.baseUrl, email);

  /** The admin makes the MoU draft policy two steps: any official, then the admin by name. */
  async function twoStepDraftPolicy() {
    const admin = await signIn('admin@concordat.demo');
    await admin.getByTestId('nav-approval-policies').click();
    await admin.getByTestId('edit-mou-draft').click();
    await admin.getByTestId('policy-step-0').waitFor();
    await admin.getByTestId('add-step').click();
    const second = admin.getByTestId('policy-step-1');
    await second.getByTestId('step-approvers-kind').getByText(approvals.policies.byUsers).click();
    await second.getByTestId('step-users').click();
    await admin.getByTestId('step-user-admin@concordat.demo').click();
    await second.getByTestId('step-rule').getByText(approvals.policies.ruleAll).click();
    await admin.getByTestId('save-policy').click();
    const row = admin
      .getByTestId('policies-table')
      .locator('tr', { has: admin.getByTestId('edit-mou-draft') });
    await row.getByText(approvals.policies.revision.replace('{revision}', '1')).waitFor();
    const steps = await row.locator('li').allTextContents();
    assert.equal(steps.length, 2, 'the policy has two steps');
    assert.match(steps[1], /Admin/, 'the second step names the admin');
    await admin.context().close();
  }

  /** The manager drafts the MoU with its text and submits it; returns the agreement id. */
  async function draftAndSubmit(manager, title) {
    const id = await draftFavijaMou(manager, title);

    await manager.getByTestId('link-edit-text').click();
    await manager.getByTestId('editor-clause').first().waitFor();
    await manager.getByTestId('add-clause').click();
    for (const [index, clause] of CLAUSES.entries()) {
      for (const tag of ['vi', 'ja']) {
        await manager.getByTestId(`clause-title-${index}-${tag}`).fill(clause.title[tag]);
        await manager.getByTestId(`clause-text-${index}-${tag}`).fill(clause.text[tag]);
      }
    }
    await manager.getByTestId('save-text').click();
    await manager.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);

    await runAction(manager, 'submit');
    await waitForStep(manager, en.steps.awaiting_approval);
    return id;
  }

  /** Decides the agreement's pending step from the approvals inbox. */
  async function decideInInbox(page, id, decision, comment) {
    await page.getByTestId('nav-approvals').click();
    await page.waitForURL(/\/approvals$/);
    await page.getByTestId(`${decision}-${id}`).click();
    await page.locator('textarea#decision-comment').fill(comment);
    await page.getByTestId('confirm-decision').click();
    await page.getByTestId(`inbox-item-${id}`).waitFor({ state: 'detached' });
  }

  it('goes through two approvals, clause review, a partner round and signing to in force', async () => {
    await twoStepDraftPolicy();
    const title = `Biên bản ghi nhớ hợp tác thể thao với FAVIJA ${run}`;
    const manager = await signIn('manager@concordat.demo');
    const id = await draftAndSubmit(manager, title);

    // Step 1: the official, from the inbox. The draft still awaits the admin's step.
    const official = await signIn('official@concordat.demo');
    await decideInInbox(official, id, 'approve', 'Phù hợp với kế hoạch hợp tác quốc tế năm.');
    await openFromList(official, run);
    await waitForStep(official, en.steps.awaiting_approval);
    assert.equal(await official.getByTestId('action-approve').count(), 0, 'one decision each');

    // Step 2: the admin, on the agreement page.
    const admin = await signIn('admin@concordat.demo');
    await openFromList(admin, run);
    await runAction(admin, 'approve', 'Đồng ý.');
    await waitForStep(admin, en.steps.approved);

    // Legal negotiates and clears every clause.
    const legal = await signIn('legal@concordat.demo');
    await openFromList(legal, run);
    await runAction(legal, 'start-negotiation');
    await waitForStep(legal, en.steps.in_round);
    await legal.getByTestId('link-review').click();
    await legal.getByTestId('review-clause').first().waitFor();
    assert.deepEqual(await reviewStatuses(legal), ['unreviewed', 'unreviewed']);
    for (const n of [1, 2]) {
      await legal
        .getByTestId('review-clause')
        .nth(n - 1)
        .locator('[data-testid^="clear-"]')
        .click();
      await waitForClauseStatus(legal, n, 'cleared');
    }
    await legal.getByText(text.editor.back).click();

    // FAVIJA's round moves the friendly match: only that clause loses its clearance.
    await legal.getByTestId('link-add-round').click();
    await legal.getByTestId('editor-clause').first().waitFor();
    await legal.getByTestId('text-proposer').getByText(text.proposers.partner).click();
    await legal.getByTestId('clause-text-1-vi').fill(PARTNER_CHANGE.vi);
    await legal.getByTestId('clause-text-1-ja').fill(PARTNER_CHANGE.ja);
    await legal.getByTestId('save-text').click();
    await legal.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    await waitForStep(legal, en.steps.in_round);

    await runAction(legal, 'finalize');
    await legal.getByTestId('action-error').waitFor();
    assert.match(await legal.getByTestId('action-error').textContent(), /Clauses 2 of round 2/);
    await legal.keyboard.press('Escape');
    await waitForStep(legal, en.steps.in_round);

    await legal.getByTestId('link-review').click();
    await legal.getByTestId('review-clause').first().waitFor();
    assert.deepEqual(await reviewStatuses(legal), ['cleared', 'unreviewed']);
    await legal.getByTestId('review-clause').nth(1).locator('[data-testid^="clear-"]').click();
    await waitForClauseStatus(legal, 2, 'cleared');
    await legal.getByText(text.editor.back).click();
    await runAction(legal, 'finalize');
    await waitForStep(legal, en.steps.text_final);
    assert.match(await legal.getByTestId('text-hash').textContent(), /[0-9a-f]{64}/);
    await runAction(legal, 'request-clearance');
    await waitForStep(legal, en.steps.awaiting_clearance);

    // The official clears it to sign, opens signing and records both signatures.
    await openFromList(official, run);
    await runAction(official, 'approve', 'Đủ điều kiện ký.');
    await waitForStep(official, en.steps.cleared_to_sign);
    await runAction(official, 'open-signing');
    await official.getByTestId('signing-panel').waitFor();

    await official.getByTestId('sign-ours').click();
    await official.getByTestId('signature-name').fill('Trần Minh Quang');
    await official.getByTestId('signature-title').fill('Đại diện Hiệp hội');
    await official.getByTestId('signature-place').fill('Hà Nội');
    await official.getByTestId('signature-submit').click();
    await official.waitForFunction(() =>
      document
        .querySelector('[data-testid="signing-party-ours"]')
        ?.textContent.includes('Trần Minh Quang'),
    );
    // Signing has one step, so the status tag names only the status.
    await waitForStep(official, en.status.signing);

    await official.getByTestId('sign-partner-1').click();
    await official.getByTestId('signature-name').fill('田中 健一');
    await official.getByTestId('signature-title').fill('代表');
    await official.getByTestId('signature-place').fill('東京');
    await official.getByTestId('signature-method').getByText(signing.methods.electronic).click();
    await official.getByTestId('signature-submit').click();
    await waitForStep(official, en.steps.in_force);
    assert.notEqual(
      (await official.getByTestId('particulars-effective-on').textContent()).trim(),
      signing.particulars.notComputed,
      'the effective date is computed on the last signature',
    );

    // The history: both approvals, the reviews, the round, both signatures.
    const decisions = official.locator(
      '[data-testid="timeline-event"][data-event-type="ApprovalDecisionRecorded"]',
    );
    await decisions.first().waitFor();
    const approvals = await decisions.allTextContents();
    assert.ok(
      approvals.some((entry) => /Nguyễn Thị Lan/.test(entry)),
      'the official approved',
    );
    assert.ok(
      approvals.some((entry) => /Phù hợp với kế hoạch hợp tác quốc tế năm\./.test(entry)),
      'with their comment',
    );
    assert.match(
      await timelineText(official, 'DraftApproved'),
      new RegExp(en.events.DraftApproved),
    );
    const reviews = official.locator(
      '[data-testid="timeline-event"][data-event-type="ClauseReviewed"]',
    );
    assert.equal(await reviews.count(), 3, 'two clearances, then the changed clause again');
    await timelineEvent(official, 'NegotiationRoundOpened').waitFor();
    const signatures = official.locator(
      '[data-testid="timeline-event"][data-event-type="SignatureRecorded"]',
    );
    assert.equal(await signatures.count(), 2, 'both signatures are in the history');
    assert.match(
      await timelineText(official, 'AgreementSigned'),
      new RegExp(en.eventData.effectiveOn),
    );

    // Every step left a verifiable event.
    const { call, tokenOf } = apiClient(running.app.baseUrl);
    const verdict = await call(await tokenOf('auditor@concordat.demo'), 'GET', '/api/audit/verify');
    assert.equal(verdict.ok, true, JSON.stringify(verdict));

    for (const page of [manager, official, admin, legal]) await page.context().close();
  });

  it('an approver returns the draft with a comment; the manager has it back in editing', async () => {
    const manager = await signIn('manager@concordat.demo');
    const id = await draftAndSubmit(manager, `Biên bản ghi nhớ FAVIJA trả lại ${run}r`);

    const official = await signIn('official@concordat.demo');
    await decideInInbox(official, id, 'reject', 'Bổ sung thời hạn hợp tác.');

    await openFromList(manager, `${run}r`);
    await waitForStep(manager, en.steps.editing);
    await manager.getByTestId('action-submit').waitFor();
    assert.match(
      await timelineText(manager, 'DraftReturnedForChanges'),
      /Bổ sung thời hạn hợp tác\./,
      'the comment is in the history',
    );

    await manager.context().close();
    await official.context().close();
  });
});
