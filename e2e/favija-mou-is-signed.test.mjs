// The FAVIJA MoU, cleared to sign (driven there through the API), is signed in the
// browser: the official records our side's signature with a scanned copy, then the
// Japanese federation's, and the agreement is in force with its dates computed. Then the
// official suspends it with a reason and resumes it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { apiClient } from './support/api.mjs';
import { agreementsMessages, messages } from './support/locales.mjs';
import { openFromList, timelineEvent, waitForStep } from './support/pages.mjs';
import { signIn as signInAt } from './support/session.mjs';
import { browserSkip, useAppAndBrowser } from './support/suite.mjs';

const run = Date.now().toString(36);
const en = agreementsMessages('en');
const signing = messages('en', 'signing');
/** The MoU's text, in Vietnamese and Japanese, both authentic. */
const FAVIJA_TEXT = {
  languages: [
    { tag: 'vi', authentic: true },
    { tag: 'ja', authentic: true },
  ],
  clauses: [
    {
      key: 'delegations',
      title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
      text: {
        vi: 'Hai bên trao đổi một đoàn vận động viên mỗi năm.',
        ja: '両者は毎年、選手団を相互に派遣する。',
      },
    },
    {
      key: 'friendly-events',
      title: { vi: 'Giao hữu thường niên', ja: '年次親善試合' },
      text: {
        vi: 'Tổ chức giải giao hữu bóng chuyền hằng năm.',
        ja: '毎年バレーボールの親善試合を開催する。',
      },
    },
  ],
};

describe('the official records the signatures of the FAVIJA MoU', { skip: browserSkip() }, () => {
  const running = useAppAndBrowser();
  const signIn = (email) => signInAt(running.browser, running.app.baseUrl, email);

  /** Drafted, approved, negotiated, finalised, cleared and open for signing, by the right roles. */
  async function favijaAtSigning() {
    const { call, tokenOf, command } = apiClient(running.app.baseUrl);
    const [manager, legal, official] = await Promise.all(
      ['manager', 'legal', 'official'].map((role) => tokenOf(`${role}@concordat.demo`)),
    );
    let agreement = await call(manager, 'POST', '/api/agreements', {
      title: { vi: `Biên bản ghi nhớ hợp tác thể thao với FAVIJA ${run}` },
      type: 'mou',
      ourOrganisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
      ourCountry: 'VN',
      ourSignatory: { name: 'Trần Minh Quang', title: 'Đại diện Hiệp hội' },
      partners: [
        { name: 'FAVIJA', country: 'JP', signatory: { name: '田中 健一', title: '代表' } },
      ],
      termMonths: 60,
      reviewLeadDays: 90,
    });
    const steps = [
      [manager, 'edit-text', { text: FAVIJA_TEXT }],
      [manager, 'submit', {}],
      [official, 'approve', {}],
      [legal, 'start-negotiation', {}],
      ...FAVIJA_TEXT.clauses.map(({ key }) => [
        legal,
        'review-clause',
        { clauseKey: key, status: 'cleared' },
      ]),
      // The api records the SHA-256 of the canonical text; signatories sign that hash.
      [legal, 'finalize', {}],
      [legal, 'request-clearance', {}],
      [official, 'approve', {}],
      [official, 'open-signing', {}],
    ];
    for (const [token, action, body] of steps) {
      agreement = await command(token, agreement, action, body);
    }
    return agreement;
  }

  it('both parties sign; the agreement is in force, effective on the last signature', async () => {
    const { particulars } = await favijaAtSigning();
    assert.match(particulars.textHash, /^[0-9a-f]{64}$/);
    const page = await signIn('official@concordat.demo');
    await openFromList(page, run);
    await page.getByTestId('signing-panel').waitFor();
    assert.equal(
      await page.getByTestId('signing-text-hash').textContent(),
      particulars.textHash,
      'the panel shows the hash of the finalised text',
    );

    // Our side, with a scanned copy: its SHA-256 goes into the signature.
    const scan = Buffer.from(`%PDF-1.7 signed copy ${run}`);
    await page.getByTestId('sign-ours').click();
    await page.getByTestId('signature-place').fill('Hà Nội');
    await page
      .getByTestId('signature-scan')
      .setInputFiles({ name: 'Biên bản ký.pdf', mimeType: 'application/pdf', buffer: scan });
    await page.getByTestId('signature-scan-hash').waitFor();
    assert.match(
      await page.getByTestId('signature-scan-hash').textContent(),
      new RegExp(createHash('sha256').update(scan).digest('hex')),
    );
    await page.getByTestId('signature-submit').click();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="signing-party-ours"]')
        ?.textContent.includes('Trần Minh Quang'),
    );
    // Signing has one step, so the status tag names only the status.
    await waitForStep(page, en.status.signing);

    // The partner: the form proposes its signatory; the last signature brings it into force.
    await page.getByTestId('sign-partner-1').click();
    assert.equal(await page.getByTestId('signature-name').inputValue(), '田中 健一');
    await page.getByTestId('signature-place').fill('東京');
    await page.getByTestId('signature-method').getByText(signing.methods.electronic).click();
    await page.getByTestId('signature-submit').click();
    await waitForStep(page, en.steps.in_force);

    const partner = await page.getByTestId('signing-party-partner-1').textContent();
    assert.match(partner, /田中 健一/);
    assert.match(partner, new RegExp(signing.methods.electronic));
    assert.notEqual(
      (await page.getByTestId('particulars-effective-on').textContent()).trim(),
      signing.particulars.notComputed,
      'the effective date is computed',
    );
    const signed = timelineEvent(page, 'AgreementSigned');
    await signed.waitFor();
    assert.match(await signed.textContent(), new RegExp(en.eventData.effectiveOn));
    await page.context().close();
  });

  it('the official suspends the agreement with a reason and resumes it', async () => {
    const page = await signIn('official@concordat.demo');
    await openFromList(page, run);
    await page.getByTestId('action-suspend').click();
    await page.getByTestId('action-dialog').waitFor();
    await page.getByTestId('action-reason').fill('Đối tác tái cơ cấu bộ máy');
    await page.getByTestId('action-confirm').click();
    await waitForStep(page, en.steps.suspended);
    const suspended = timelineEvent(page, 'AgreementSuspended');
    await suspended.waitFor();
    assert.match(await suspended.textContent(), /Đối tác tái cơ cấu bộ máy/);

    await page.getByTestId('action-resume').click();
    await page.getByTestId('action-dialog').waitFor();
    await page.getByTestId('action-confirm').click();
    await waitForStep(page, en.steps.in_force);
    await page.context().close();
  });
});
