import { createHash } from 'node:crypto';
import {
  type AgreementDetailView,
  type AgreementView,
  canonicalText,
  type Page,
  type SessionView,
} from '@concordat/domain';
import {
  EXCHANGE_2027_PARTNER_TEXT,
  FAVIJA_PARTNER_TEXT,
  JUDO_TEXT,
  MENTAL_COACHING_TEXT,
} from '../src/seed/demo-texts.js';
import { DEMO_PASSWORD } from '../src/seed/demo-users.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('demo agreement texts', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({ seed: 'demo' });
    const login = await t.request('POST', '/api/auth/login', {
      body: { email: 'legal@concordat.demo', password: DEMO_PASSWORD },
    });
    token = login.json<SessionView>().accessToken;
  });
  afterAll(() => t.close());

  async function detailOf(query: string, status: string): Promise<AgreementDetailView> {
    const list = await t.request('GET', `/api/agreements?q=${encodeURIComponent(query)}`, {
      token,
    });
    const found = list.json<Page<AgreementView>>().items.find((item) => item.status === status);
    if (found === undefined) throw new Error(`no ${status} agreement matching ${query}`);
    return (await t.request('GET', `/api/agreements/${found.id}`, { token })).json();
  }

  it('has the 2027 FAVIJA programme in negotiation: round 2 from FAVIJA, one clause to clear again, one flagged', async () => {
    const programme = await detailOf('2027', 'negotiation');
    expect(programme.text.current).toMatchObject({ round: 2, proposedBy: 'partner' });
    expect(programme.text.current?.languages).toEqual(EXCHANGE_2027_PARTNER_TEXT.languages);
    expect(programme.text.current?.clauses.map((clause) => clause.review?.status ?? null)).toEqual([
      'cleared',
      null,
      'flagged',
    ]);
    expect(programme.allowedActions).toEqual(
      expect.arrayContaining(['review-clause', 'add-round']),
    );
  });

  it('has the signed FAVIJA MoU with the hash of its final vi/ja text', async () => {
    const mou = await detailOf('FAVIJA', 'active');
    const expected = createHash('sha256').update(canonicalText(FAVIJA_PARTNER_TEXT)).digest('hex');
    expect(mou.text.versions.map((version) => [version.round, version.proposedBy])).toEqual([
      [1, 'ours'],
      [2, 'partner'],
    ]);
    expect(mou.text.versions[1]?.finalisedHash).toBe(expected);
  });

  it('gives every signed demo agreement a text in force', async () => {
    const listed = await t.request('GET', '/api/agreements?pageSize=100', { token });
    const signed = listed
      .json<Page<AgreementView>>()
      .items.filter((item) => ['active', 'review'].includes(item.status));
    expect(signed.length).toBeGreaterThanOrEqual(3);
    const withoutText: string[] = [];
    for (const item of signed) {
      const response = await t.request('GET', `/api/agreements/${item.id}`, { token });
      const clauses = response.json<AgreementDetailView>().textInForce?.clauses ?? [];
      if (clauses.length < 3) withoutText.push(Object.values(item.title)[0] ?? item.id);
    }
    expect(withoutText).toEqual([]);
  });

  it.each([
    ['Jenys', 'active', JUDO_TEXT],
    ['Huấn luyện Tinh thần', 'review', MENTAL_COACHING_TEXT],
  ])(
    'keeps the %s text byte for byte in every language, signed on its hash',
    async (query, status, text) => {
      const agreement = await detailOf(query, status);
      const stored = agreement.textInForce?.clauses ?? [];
      const bytes = (clauses: typeof text.clauses) =>
        clauses.map((clause) =>
          text.languages.map(({ tag }) =>
            Buffer.from(clause.text[tag] ?? '', 'utf8').toString('hex'),
          ),
        );
      expect(agreement.textInForce?.languages).toEqual(text.languages);
      expect(bytes(stored)).toEqual(bytes(text.clauses));
      const expected = createHash('sha256').update(canonicalText(text)).digest('hex');
      expect(agreement.particulars.parties.map((party) => party.signature?.textHash)).toEqual(
        agreement.particulars.parties.map(() => expected),
      );
    },
  );
});
