import type {
  AgreementDetailView,
  AuditEventsPage,
  CommitmentDetailView,
  SessionView,
} from '@concordat/domain';
import { FAVIJA_TEXT } from '../src/seed/demo-texts.js';
import { DOSSIER_LABELS, DOSSIER_LANGUAGES } from '../src/modules/dossier/render/dossier-labels.js';
import { DOSSIER_TERMS } from '../src/modules/dossier/render/dossier-terms.js';
import { givenCommitment, runOn } from './support/commitment-factories.js';
import { actOn, givenUser, type SignedIn, signedInAs } from './support/factories.js';
import { pdfText, squash } from './support/pdf-text.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const TITLE = {
  vi: 'Biên bản ghi nhớ hợp tác thể thao giữa Hiệp hội Thể thao Công an nhân dân Việt Nam và FAVIJA',
  ru: 'Меморандум о спортивном сотрудничестве с FAVIJA',
  ja: 'ベトナム人民公安スポーツ協会とFAVIJAとのスポーツ交流協力に関する覚書',
};
const COMMITMENT_TITLE = { ja: '卓球チームの日本合宿', vi: 'Tập huấn đội bóng bàn tại Nhật Bản' };
const CLAUSE_COMMENT = 'Формулировка согласована с юридическим отделом';

describe('the PDF dossier of an agreement', () => {
  let t: TestApp;
  let manager: SignedIn;
  let official: SignedIn;
  let legal: SignedIn;
  let auditor: SignedIn;
  let agreement: AgreementDetailView;
  let finalHash: string;

  /** A user with a name in their own script, signed in through the real login route. */
  async function named(role: 'official' | 'legal', name: string): Promise<SignedIn> {
    const { user, password } = await givenUser(t, role, { name });
    const response = await t.request('POST', '/api/auth/login', {
      body: { email: user.email, password },
    });
    return { user, token: response.json<SessionView>().accessToken };
  }

  async function act(as: SignedIn, action: string, body: unknown = {}): Promise<void> {
    const response = await actOn(t, as, agreement, action, body);
    if (response.status !== 200) throw new Error(`${action}: ${response.status} ${response.text}`);
    agreement = response.json<AgreementDetailView>();
  }

  async function dossier(
    as: SignedIn,
    query = '',
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return fetch(`${t.baseUrl}/api/agreements/${agreement.id}/dossier.pdf${query}`, {
      headers: { authorization: `Bearer ${as.token}`, ...headers },
    });
  }

  async function dossierText(as: SignedIn, query = ''): Promise<string> {
    const response = await dossier(as, query);
    expect(response.status).toBe(200);
    return (await pdfText(Buffer.from(await response.arrayBuffer()))).join('\n');
  }

  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedInAs(t, 'manager');
    auditor = await signedInAs(t, 'auditor');
    official = await named('official', 'Trần Thị Bình');
    legal = await named('legal', 'Иван Петров');

    const created = await t.request('POST', '/api/agreements', {
      token: manager.token,
      body: {
        title: TITLE,
        type: 'mou',
        ourOrganisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
        ourCountry: 'VN',
        partners: [{ name: 'FAVIJA', country: 'JP' }],
        startsOn: '2024-03-15',
        endsOn: '2029-03-14',
      },
    });
    agreement = created.json<AgreementDetailView>();
    await act(manager, 'edit-text', { text: FAVIJA_TEXT });
    await act(manager, 'submit');
    await act(official, 'approve', { comment: 'Đồng ý ký kết' });
    await act(legal, 'start-negotiation');
    for (const clause of FAVIJA_TEXT.clauses) {
      await act(legal, 'review-clause', {
        clauseKey: clause.key,
        status: 'cleared',
        ...(clause.key === 'purpose' ? { comment: CLAUSE_COMMENT } : {}),
      });
    }
    await act(legal, 'finalize');
    finalHash = agreement.particulars.textHash ?? '';
    await act(legal, 'request-clearance');
    await act(official, 'approve', { comment: '署名を承認する' });
    await act(official, 'open-signing');
    const signature = { signedOn: '2026-01-15', method: 'wet_ink', textHash: finalHash };
    await act(official, 'sign', {
      ...signature,
      party: 'ours',
      signatoryName: 'Trần Minh Quang',
      signatoryTitle: 'Đại diện Hiệp hội',
      place: 'Hà Nội',
    });
    await act(official, 'sign', {
      ...signature,
      party: 'partner-1',
      signatoryName: '田中 健一',
      signatoryTitle: '代表',
      place: '東京',
    });

    const commitment: CommitmentDetailView = await givenCommitment(t, manager, agreement, {
      title: COMMITMENT_TITLE,
      kind: 'training',
      quantity: null,
      schedule: { kind: 'once', dueOn: '2026-10-01' },
    });
    const fulfilled = await runOn(t, manager, commitment, 'fulfil', { periodKey: '2026-10-01' });
    if (fulfilled.status !== 200) throw new Error(`fulfil: ${fulfilled.status} ${fulfilled.text}`);
  });
  afterAll(() => t.close());

  it('is a PDF download named after the agreement and the language', async () => {
    const response = await dossier(auditor, '?lang=ja');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="dossier-${agreement.id}-ja.pdf"; filename*=UTF-8''dossier-${agreement.id}-ja.pdf`,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The fonts are subset: only the glyphs used are embedded, not 9 MB of Noto Sans JP.
    expect(bytes.length).toBeLessThan(400_000);
  });

  it('reads back Vietnamese, Russian and Japanese, the final hash, approvers and events', async () => {
    const text = squash(await dossierText(auditor, '?lang=en'));
    for (const title of Object.values(TITLE)) expect(text).toContain(squash(title));
    for (const clause of FAVIJA_TEXT.clauses) {
      for (const title of Object.values(clause.title)) expect(text).toContain(squash(title));
    }
    expect(text).toContain(squash(COMMITMENT_TITLE.ja));
    expect(text).toContain(squash(CLAUSE_COMMENT));
    expect(text).toContain(finalHash);
    expect(text).toContain(squash('Trần Thị Bình'));
    expect(text).toContain(squash('Иван Петров'));
    expect(text).toContain(squash('Đồng ý ký kết'));
    expect(text).toContain(squash('署名を承認する'));
    expect(text).toContain(squash('田中 健一'));
    for (const type of [
      'AgreementDrafted',
      'ApprovalDecisionRecorded',
      'ClauseReviewed',
      'TextFinalised',
      'SignatureRecorded',
      'CommitmentPlanned',
      'OccurrenceFulfilled',
    ]) {
      expect(text).toContain(type);
    }
  });

  it.each(DOSSIER_LANGUAGES)('writes its section headings in %s', async (language) => {
    const labels = DOSSIER_LABELS[language];
    const text = squash(await dossierText(auditor, `?lang=${language}`));
    for (const heading of [
      labels.documentTitle,
      labels.particulars,
      labels.finalText,
      labels.partiesAndSignatures,
      labels.approvalDecisions,
      labels.clauseReview,
      labels.commitmentsScorecard,
      labels.timeline,
    ]) {
      expect(text).toContain(squash(heading));
    }
  });

  it.each([
    ['vi', 'Dự thảo được phê duyệt', 'Tập huấn'],
    ['ja', '草案を承認', '合宿・研修'],
  ] as const)(
    'names events, statuses, clause verdicts and commitment kinds in words in %s, the event code beside',
    async (language, approved, training) => {
      const terms = DOSSIER_TERMS[language];
      // The table's words, and the test's own spelling of two of them.
      expect(terms.events.DraftApproved).toBe(approved);
      expect(terms.commitmentKinds.training).toBe(training);
      const text = squash(await dossierText(auditor, `?lang=${language}`));
      expect(text).toContain(squash(`${approved} (DraftApproved)`));
      expect(text).toContain(squash(`${terms.events.SignatureRecorded} (SignatureRecorded)`));
      expect(text).toContain(squash(`${terms.events.OccurrenceFulfilled} (OccurrenceFulfilled)`));
      expect(text).toContain(squash(terms.statuses.active));
      expect(text).toContain(squash(terms.verdicts.cleared));
      // The scorecard's row: the kind, then who owes it, both in words.
      expect(text).toContain(squash(`${training}${terms.owedBy.both}`));
    },
  );

  it("records who took the dossier in the agreement's audit history, not in its stream", async () => {
    const before = await t.request('GET', `/api/agreements/${agreement.id}`, {
      token: manager.token,
    });
    const response = await dossier(manager, '?lang=ru');
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    const history = await t.request(
      'GET',
      `/api/audit/events?agreementId=${agreement.id}&type=DossierExported&limit=200`,
      { token: auditor.token },
    );
    expect(history.status).toBe(200);
    const [latest] = history.json<AuditEventsPage>().items;
    expect(latest?.actor.id).toBe(manager.user.id);
    expect(latest?.agreement?.id).toBe(agreement.id);
    expect(latest?.payload).toEqual({ agreementId: agreement.id, language: 'ru' });
    expect(latest?.changes).toEqual([{ field: 'language', to: 'ru' }]);
    expect(latest?.streamId).not.toBe(agreement.id);
    expect(latest?.version).toBe(1);
    // Reading moved nothing: the agreement's version (its ETag, sent back as If-Match) holds.
    const after = await t.request('GET', `/api/agreements/${agreement.id}`, {
      token: manager.token,
    });
    expect(after.headers.etag).toBe(before.headers.etag);
    // A download that fails (unknown agreement) records nothing.
    const unknown = await fetch(
      `${t.baseUrl}/api/agreements/00000000-0000-4000-8000-000000000000/dossier.pdf`,
      { headers: { authorization: `Bearer ${manager.token}` } },
    );
    expect(unknown.status).toBe(404);
    const { rows } = await t.sql.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM events WHERE type = 'DossierExported'
        AND payload->>'agreementId' = '00000000-0000-4000-8000-000000000000'`,
    );
    expect(rows[0]?.n).toBe('0');
  });

  it("defaults to the caller's Accept-Language when no lang is asked for", async () => {
    const response = await dossier(manager, '', { 'accept-language': 'ru-RU, en;q=0.5' });
    expect(response.headers.get('content-disposition')).toContain('-ru.pdf');
    const text = squash((await pdfText(Buffer.from(await response.arrayBuffer()))).join(''));
    expect(text).toContain(squash(DOSSIER_LABELS.ru.timeline));
  });

  it('answers 422 naming lang for a language it is not written in', async () => {
    const response = await dossier(auditor, '?lang=de');
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors[0]?.field).toBe('lang');
  });

  it('answers 404 problem+json for an unknown agreement', async () => {
    const response = await fetch(
      `${t.baseUrl}/api/agreements/00000000-0000-4000-8000-000000000000/dossier.pdf`,
      { headers: { authorization: `Bearer ${auditor.token}` } },
    );
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers 401 without a session', async () => {
    const response = await fetch(`${t.baseUrl}/api/agreements/${agreement.id}/dossier.pdf`);
    expect(response.status).toBe(401);
  });
});
