import {
  createDraftAgreementSchema,
  listAgreementsQuerySchema,
  loginSchema,
} from './agreement.schemas.js';

const titles = {
  vi: 'Biên bản ghi nhớ hợp tác thể thao giữa Hiệp hội Thể thao Công an nhân dân Việt Nam và FAVIJA',
  ru: 'Меморандум о сотрудничестве в области спорта между Вьетнамом и Японией',
  ja: 'ベトナム人民公安スポーツ協会とFAVIJAとのスポーツ交流協力に関する覚書',
};

/** The issue paths of a failed parse, as "a.b" strings, to name which rule broke. */
function failures(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[] }[] };
}): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('createDraftAgreementSchema', () => {
  it('keeps Vietnamese, Russian and Japanese titles byte for byte', () => {
    const parsed = createDraftAgreementSchema.parse({ title: titles });
    for (const lang of ['vi', 'ru', 'ja'] as const) {
      expect(Buffer.from(parsed.title[lang] ?? '', 'utf8')).toEqual(
        Buffer.from(titles[lang], 'utf8'),
      );
    }
  });

  it('keeps decomposed Vietnamese as given, without normalising it', () => {
    const decomposed = 'Vie\u0323\u0302t Nam';
    expect(createDraftAgreementSchema.parse({ title: { vi: decomposed } }).title.vi).toBe(
      decomposed,
    );
  });

  it('rejects a title with no language', () => {
    expect(failures(createDraftAgreementSchema.safeParse({ title: {} }))).toEqual(['title']);
  });

  it('rejects a blank title', () => {
    expect(failures(createDraftAgreementSchema.safeParse({ title: { en: '   ' } }))).toEqual([
      'title.en',
    ]);
  });

  it.each(['EN', 'english', 'vi_VN', 'j', ''])('rejects the language tag %j', (tag) => {
    const paths = failures(createDraftAgreementSchema.safeParse({ title: { [tag]: 'Title' } }));
    expect(paths).toEqual([expect.stringMatching(/^title/)]);
  });

  it.each(['vi', 'ja', 'ru', 'en-GB', 'zh-Hant'])('accepts the language tag %j', (tag) => {
    expect(createDraftAgreementSchema.safeParse({ title: { [tag]: 'Title' } }).success).toBe(true);
  });

  it('rejects unknown fields instead of dropping them', () => {
    expect(
      failures(createDraftAgreementSchema.safeParse({ title: titles, status: 'active' })),
    ).toEqual(['']);
  });

  it('rejects an end date before the start date, on endsOn', () => {
    const result = createDraftAgreementSchema.safeParse({
      title: titles,
      startsOn: '2026-02-01',
      endsOn: '2026-01-31',
    });
    expect(failures(result)).toEqual(['endsOn']);
  });

  it('accepts a one-day agreement', () => {
    expect(
      createDraftAgreementSchema.safeParse({
        title: titles,
        startsOn: '2026-02-01',
        endsOn: '2026-02-01',
      }).success,
    ).toBe(true);
  });

  it.each(['2026-02-30', '01/02/2026', '2026-2-1'])('rejects the date %j', (startsOn) => {
    expect(failures(createDraftAgreementSchema.safeParse({ title: titles, startsOn }))).toEqual([
      'startsOn',
    ]);
  });

  it('rejects a partner country that is not an ISO code', () => {
    const result = createDraftAgreementSchema.safeParse({
      title: titles,
      partners: [{ name: 'FAVIJA', country: 'Japan' }],
    });
    expect(failures(result)).toEqual(['partners.0.country']);
  });
});

describe('listAgreementsQuerySchema', () => {
  it('fills in sorting and paging defaults and coerces query strings', () => {
    expect(listAgreementsQuerySchema.parse({ page: '2' })).toEqual({
      sort: 'updatedAt',
      order: 'desc',
      page: 2,
      pageSize: 20,
      format: 'json',
    });
  });

  it('caps the page size', () => {
    expect(failures(listAgreementsQuerySchema.safeParse({ pageSize: '500' }))).toEqual([
      'pageSize',
    ]);
  });
});

describe('loginSchema', () => {
  it('needs an email address', () => {
    expect(failures(loginSchema.safeParse({ email: 'not-an-email', password: 'x' }))).toEqual([
      'email',
    ]);
  });
});
