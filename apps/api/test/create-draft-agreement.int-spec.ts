import type { AgreementEventView, AgreementView } from '@concordat/domain';
import { countRows, draftInput, type SignedIn, signedInAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Problem {
  status: number;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

describe('POST /api/agreements creates a draft', () => {
  let t: TestApp;
  let manager: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedInAs(t, 'manager');
  });
  afterAll(() => t.close());

  it('answers 201 with the agreement, its Location and its version as ETag', async () => {
    const input = draftInput({ startsOn: '2026-01-01', endsOn: '2028-12-31' });

    const response = await t.request('POST', '/api/agreements', {
      token: manager.token,
      body: input,
    });

    expect(response.status).toBe(201);
    const view = response.json<AgreementView>();
    expect(view).toMatchObject({
      title: input.title,
      status: 'draft',
      step: 'editing',
      type: 'mou',
      ourOrganisation: input.ourOrganisation,
      partners: input.partners,
      startsOn: '2026-01-01',
      endsOn: '2028-12-31',
      summary: null,
      version: 1,
      createdBy: manager.user,
    });
    expect(response.headers.location).toBe(`/api/agreements/${view.id}`);
    expect(response.headers.etag).toBe('"1"');
  });

  it('records the AgreementDrafted event with the acting user', async () => {
    const response = await t.request('POST', '/api/agreements', {
      token: manager.token,
      body: draftInput(),
    });
    const { id } = response.json<AgreementView>();

    const { rows } = await t.sql.query<{ type: string; actor_id: string; stream_version: number }>(
      `SELECT type, actor_id, stream_version FROM events WHERE stream_id = $1`,
      [id],
    );
    expect(rows).toEqual([
      { type: 'AgreementDrafted', actor_id: manager.user.id, stream_version: 1 },
    ]);
  });

  it('keeps Vietnamese, Japanese and Russian titles byte for byte, NFC and NFD alike', async () => {
    const nfc = 'Biên bản ghi nhớ hợp tác thể thao'.normalize('NFC');
    const nfd = 'Thỏa thuận hợp tác đào tạo'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const title = {
      vi: nfc,
      ja: 'スポーツ交流協力に関する覚書',
      ru: 'Меморандум о взаимопонимании',
      'vi-VN': nfd,
    };

    const created = await t.request('POST', '/api/agreements', {
      token: manager.token,
      body: draftInput({ title, summary: { ja: '代表団の相互派遣と行政手続きの支援' } }),
    });
    const { id } = created.json<AgreementView>();
    const fetched = (
      await t.request('GET', `/api/agreements/${id}`, { token: manager.token })
    ).json<AgreementView>();
    const history = (
      await t.request('GET', `/api/agreements/${id}/events`, { token: manager.token })
    ).json<AgreementEventView[]>();

    for (const view of [created.json<AgreementView>(), fetched]) {
      expect(view.title.vi).toBe(nfc);
      expect(view.title['vi-VN']).toBe(nfd);
      expect(view.title.ja).toBe(title.ja);
      expect(view.title.ru).toBe(title.ru);
      expect(view.summary?.ja).toBe('代表団の相互派遣と行政手続きの支援');
    }
    expect(Buffer.from(fetched.title['vi-VN'] ?? '')).toEqual(Buffer.from(nfd));
    expect((history[0]?.data.title as Record<string, string>)['vi-VN']).toBe(nfd);
  });

  it('keeps the order the title languages were given in, which jsonb would lose', async () => {
    const title = { vi: 'Biên bản ghi nhớ với FAVIJA', ja: 'FAVIJAとの覚書' };
    const created = await t.request('POST', '/api/agreements', {
      token: manager.token,
      body: draftInput({ title }),
    });
    const { id } = created.json<AgreementView>();

    const read = await t.request('GET', `/api/agreements/${id}`, { token: manager.token });
    const listed = await t.request('GET', '/api/agreements?pageSize=100', {
      token: manager.token,
    });

    // jsonb stores the keys as ja, vi: the order comes from its own field.
    expect(Object.keys(read.json<AgreementView>().title)).toEqual(['ja', 'vi']);
    expect(read.json<AgreementView>().titleLanguages).toEqual(['vi', 'ja']);
    const row = listed.json<{ items: AgreementView[] }>().items.find((item) => item.id === id);
    expect(row?.titleLanguages).toEqual(['vi', 'ja']);
  });

  it('refuses the auditor with 403 and stores nothing', async () => {
    const auditor = await signedInAs(t, 'auditor');
    const before = await countRows(t);

    const response = await t.request('POST', '/api/agreements', {
      token: auditor.token,
      body: draftInput(),
    });

    expect(response.status).toBe(403);
    expect(response.json<Problem>().code).toBe('PERMISSION_DENIED');
    expect(await countRows(t)).toEqual(before);
  });

  it('answers 401 without a session', async () => {
    const response = await t.request('POST', '/api/agreements', { body: draftInput() });
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it.each([
    ['a missing title', { type: 'mou' }, ['title']],
    ['a blank Vietnamese title', { title: { vi: '   ' } }, ['title.vi']],
    ['an unknown field', { title: { en: 'x' }, colour: 'blue' }, ['colour']],
    [
      'a partner without a valid country',
      { title: { en: 'x' }, partners: [{ name: 'FAVIJA', country: 'japan' }] },
      ['partners.0.country'],
    ],
    [
      'a NUL character, which PostgreSQL cannot store',
      { title: { vi: 'Hợp\u0000tác' } },
      ['title.vi'],
    ],
    [
      'an end before the start',
      { title: { en: 'x' }, startsOn: '2027-01-01', endsOn: '2026-01-01' },
      ['endsOn'],
    ],
  ])('rejects %s with 400 naming the field, and changes nothing', async (_case, body, fields) => {
    const before = await countRows(t);

    const response = await t.request('POST', '/api/agreements', { token: manager.token, body });

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<Problem>();
    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(problem.errors?.map((error) => error.field)).toEqual(fields);
    expect(await countRows(t)).toEqual(before);
  });

  it('rejects malformed JSON with 400 and changes nothing', async () => {
    const before = await countRows(t);
    const response = await t.request('POST', '/api/agreements', {
      token: manager.token,
      rawBody: '{"title": {',
    });
    expect(response.status).toBe(400);
    expect(response.json<Problem>().code).toBe('MALFORMED_REQUEST');
    expect(await countRows(t)).toEqual(before);
  });
});
