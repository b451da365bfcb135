import type {
  AgreementView,
  CommitmentOccurrenceRow,
  DashboardBucket,
  DashboardCalendarView,
  DashboardView,
  Page,
} from '@concordat/domain';
import { givenCommitment, givenPartneredAgreement, runOn } from './support/commitment-factories.js';
import {
  givenAgreementAt,
  type LifecycleCast,
  type SignedIn,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestClock } from './support/test-clock.js';

describe('the managers’ dashboard', () => {
  // Today is 2026-09-20: due soon runs to 2026-10-20, expiry windows to 10-20, 12-19, 2027-03-19.
  const clock = new TestClock('2026-09-20T08:00:00.000Z');
  let t: TestApp;
  let cast: LifecycleCast;
  let otherManager: SignedIn;
  const active: Record<string, AgreementView> = {};

  beforeAll(async () => {
    t = await startTestApp({ clock, sessionTtlMs: 10 * 365 * 24 * 60 * 60 * 1000 });
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    otherManager = await signedInAs(t, 'manager');
    const favija = await givenPartneredAgreement(t, cast.manager);
    const ksoc = await givenPartneredAgreement(t, cast.manager, { name: 'KSOC', country: 'KR' });
    // Overdue: 2024-10-01 and 2025-10-01; due soon: 2026-10-01; later: 2027-10-01.
    await givenCommitment(t, cast.manager, favija);
    await givenCommitment(t, cast.manager, favija, {
      kind: 'event',
      schedule: { kind: 'once', dueOn: '2026-09-10' },
    });
    // Beyond the thirty days: neither due soon nor overdue.
    await givenCommitment(t, otherManager, favija, {
      kind: 'training',
      ownerId: otherManager.user.id,
      schedule: { kind: 'once', dueOn: '2026-10-25' },
    });
    await givenCommitment(t, otherManager, ksoc, {
      kind: 'seminar',
      owedBy: 'partner',
      partner: 'KSOC',
      ownerId: otherManager.user.id,
      schedule: { kind: 'once', dueOn: '2026-09-25' },
    });
    // Past due but fulfilled: not overdue.
    const settled = await givenCommitment(t, cast.manager, ksoc, {
      kind: 'report',
      schedule: { kind: 'once', dueOn: '2026-09-01' },
    });
    const fulfilled = await runOn(t, cast.manager, settled, 'fulfil', { periodKey: '2026-09-01' });
    expect(fulfilled.status).toBe(200);

    // Signed 2026-01-15: a term of 9, 11, 12 and 24 months ends 2026-10-15, 2026-12-15, 2027-01-15, 2028-01-15.
    for (const termMonths of [9, 11, 12, 24]) {
      active[termMonths] = await givenAgreementAt(t, cast, 'active.in_force', {
        title: { en: `Term of ${termMonths} months` },
        partners: [{ name: 'Japan Sports Agency', country: 'JP' }],
        termMonths,
        reviewLeadDays: 30,
      });
    }
    await givenAgreementAt(t, cast, 'draft.awaiting_approval');
    await givenAgreementAt(t, cast, 'draft.awaiting_approval', {
      partners: [{ name: 'KSOC', country: 'KR' }],
    });
  });
  afterAll(() => t.close());

  const dashboard = async (query = ''): Promise<DashboardView> => {
    const response = await t.request('GET', `/api/dashboard${query}`, {
      token: cast.manager.token,
    });
    expect(response.status).toBe(200);
    return response.json<DashboardView>();
  };
  const total = async (path: string, params: Record<string, string>): Promise<number> => {
    const response = await t.request('GET', `${path}?${new URLSearchParams(params).toString()}`, {
      token: cast.manager.token,
    });
    expect(response.status).toBe(200);
    return response.json<Page<unknown>>().total;
  };
  const counts = (buckets: DashboardBucket[]) =>
    Object.fromEntries(buckets.map((b) => [b.label, [b.dueSoon, b.overdue]]));

  it('counts open occurrences due within thirty days and overdue ones, in total and by partner, country, kind and owner', async () => {
    const { commitments } = await dashboard();
    expect(commitments).toMatchObject({
      today: '2026-09-20',
      dueFrom: '2026-09-20',
      dueTo: '2026-10-20',
      dueSoon: 2,
      overdue: 3,
    });
    expect(counts(commitments.byPartner)).toEqual({ FAVIJA: [1, 3], KSOC: [1, 0] });
    expect(counts(commitments.byCountry)).toEqual({ JP: [1, 3], KR: [1, 0] });
    expect(counts(commitments.byKind)).toEqual({
      delegation_exchange: [1, 2],
      event: [0, 1],
      seminar: [1, 0],
    });
    expect(commitments.byOwner).toEqual([
      { key: cast.manager.user.id, label: 'Test manager', dueSoon: 1, overdue: 3 },
      { key: otherManager.user.id, label: 'Test manager', dueSoon: 1, overdue: 0 },
    ]);
  });

  it('derives overdue from the clock: a day later the due-soon window moves and what fell due today is overdue', async () => {
    clock.set('2026-09-26T08:00:00.000Z');
    try {
      const { commitments } = await dashboard();
      expect(commitments).toMatchObject({ dueTo: '2026-10-26', dueSoon: 2, overdue: 4 });
    } finally {
      clock.set('2026-09-20T08:00:00.000Z');
    }
  });

  it('gives every commitment number the rows the commitments list returns for the same filters', async () => {
    const { commitments } = await dashboard();
    const dueSoon = { open: 'true', dueFrom: commitments.dueFrom, dueTo: commitments.dueTo };
    expect(await total('/api/commitments', dueSoon)).toBe(commitments.dueSoon);
    expect(await total('/api/commitments', { overdue: 'true' })).toBe(commitments.overdue);
    const dimensions = {
      partner: commitments.byPartner,
      country: commitments.byCountry,
      kind: commitments.byKind,
      owner: commitments.byOwner,
    };
    for (const [filter, buckets] of Object.entries(dimensions)) {
      for (const bucket of buckets) {
        const by = { [filter]: bucket.key };
        expect(await total('/api/commitments', { ...by, ...dueSoon })).toBe(bucket.dueSoon);
        expect(await total('/api/commitments', { ...by, overdue: 'true' })).toBe(bucket.overdue);
      }
    }
    const overdueRows = await t.request('GET', '/api/commitments?overdue=true', {
      token: cast.manager.token,
    });
    expect(
      overdueRows
        .json<Page<CommitmentOccurrenceRow>>()
        .items.map((row) => `${row.kind}:${row.dueOn}`)
        .sort(),
    ).toEqual([
      'delegation_exchange:2024-10-01',
      'delegation_exchange:2025-10-01',
      'event:2026-09-10',
    ]);
  });

  it('counts agreements in force ending within 30, 90 and 180 days, as the agreements list filters them', async () => {
    const { expiring } = await dashboard();
    expect(expiring).toEqual([
      { withinDays: 30, count: 1 },
      { withinDays: 90, count: 2 },
      { withinDays: 180, count: 3 },
    ]);
    for (const window of expiring) {
      expect(await total('/api/agreements', { expiresWithinDays: String(window.withinDays) })).toBe(
        window.count,
      );
    }
    const within90 = await t.request(
      'GET',
      '/api/agreements?expiresWithinDays=90&sort=title&order=asc',
      {
        token: cast.manager.token,
      },
    );
    expect(within90.json<Page<AgreementView>>().items.map((a) => a.id)).toEqual([
      active[11]?.id,
      active[9]?.id,
    ]);
  });

  it('counts agreements in each open status and step, in lifecycle order, as the list filters them', async () => {
    const { waiting } = await dashboard();
    expect(waiting).toEqual([
      { status: 'draft', step: 'editing', count: 2 },
      { status: 'draft', step: 'awaiting_approval', count: 2 },
      { status: 'active', step: 'in_force', count: 4 },
    ]);
    for (const entry of waiting) {
      expect(await total('/api/agreements', { status: entry.status, step: entry.step })).toBe(
        entry.count,
      );
    }
  });

  it('narrows every count by country, and commitments by kind and owner', async () => {
    const korea = await dashboard('?country=KR');
    expect(korea.commitments).toMatchObject({ dueSoon: 1, overdue: 0 });
    expect(korea.expiring.map((e) => e.count)).toEqual([0, 0, 0]);
    expect(korea.waiting).toEqual([
      { status: 'draft', step: 'editing', count: 1 },
      { status: 'draft', step: 'awaiting_approval', count: 1 },
    ]);
    const mine = await dashboard(`?owner=${cast.manager.user.id}&kind=delegation_exchange`);
    expect(mine.commitments).toMatchObject({ dueSoon: 1, overdue: 2 });
    expect(
      await total('/api/commitments', {
        owner: cast.manager.user.id,
        kind: 'delegation_exchange',
        overdue: 'true',
      }),
    ).toBe(2);
  });

  it('lays out a month of occurrences with the review and expiry dates of agreements in force', async () => {
    const response = await t.request('GET', '/api/dashboard/calendar?month=2026-10', {
      token: cast.manager.token,
    });
    expect(response.status).toBe(200);
    const view = response.json<DashboardCalendarView>();
    expect(view).toMatchObject({ month: '2026-10', from: '2026-10-01', to: '2026-10-31' });
    expect(
      view.entries.map((entry) =>
        entry.type === 'occurrence'
          ? `${entry.date} ${entry.kind}`
          : `${entry.date} ${entry.type} ${entry.agreementId === active[9]?.id ? '9' : '?'}`,
      ),
    ).toEqual(['2026-10-01 delegation_exchange', '2026-10-15 expires 9', '2026-10-25 training']);
    const september = await t.request('GET', '/api/dashboard/calendar?month=2026-09', {
      token: cast.manager.token,
    });
    const entries = september.json<DashboardCalendarView>().entries;
    expect(entries.filter((e) => e.type === 'review_due').map((e) => e.date)).toEqual([
      '2026-09-15',
    ]);
    expect(
      entries.flatMap((e) => (e.type === 'occurrence' ? [`${e.date}:${e.overdue}`] : [])),
    ).toEqual(['2026-09-01:false', '2026-09-10:true', '2026-09-25:false']);
  });

  it('refuses a malformed month or an unknown filter naming the field, and strangers', async () => {
    const bad = await t.request('GET', '/api/dashboard/calendar?month=2026-13', {
      token: cast.manager.token,
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('month');
    const unknown = await t.request('GET', '/api/dashboard?colour=red', {
      token: cast.manager.token,
    });
    expect(unknown.status).toBe(400);
    expect((await t.request('GET', '/api/dashboard')).status).toBe(401);
  });

  it('exports the agreements list behind a number as RFC 4180 CSV with a byte order mark', async () => {
    const response = await fetch(`${t.baseUrl}/api/agreements?expiresWithinDays=90&format=csv`, {
      headers: { authorization: `Bearer ${cast.manager.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toContain('agreements.csv');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'title,status,step,type,partners,countries,starts_on,ends_on,review_due_on,updated_at,agreement_id',
    );
    expect(
      lines
        .slice(1, -1)
        .map((line) => line.split(',').at(-1))
        .sort(),
    ).toEqual([active[9]?.id, active[11]?.id].sort());
    expect(lines.at(-1)).toBe('');
  });

  it('links a partner bucket whose name has diacritics to the rows the partner owes', async () => {
    const partner = { name: 'Đại học Thể dục Thể thao Bắc Ninh', country: 'TH' };
    const agreement = await givenPartneredAgreement(t, cast.manager, partner);
    await givenCommitment(t, cast.manager, agreement, {
      kind: 'scholarship',
      owedBy: 'partner',
      partner: partner.name,
      schedule: { kind: 'once', dueOn: '2026-09-22' },
    });
    const { commitments } = await dashboard('?country=TH');
    expect(commitments.byPartner).toEqual([
      { key: partner.name, label: partner.name, dueSoon: 1, overdue: 0 },
    ]);
    const range = { open: 'true', dueFrom: commitments.dueFrom, dueTo: commitments.dueTo };
    expect(await total('/api/commitments', { partner: partner.name, ...range })).toBe(1);
  });

  it('finds the rows a partner with diacritics owes when its name is typed without them', async () => {
    const partner = { name: 'Hiệp hội Bóng bàn Đà Nẵng', country: 'VN' };
    const agreement = await givenPartneredAgreement(t, cast.manager, partner);
    await givenCommitment(t, cast.manager, agreement, {
      kind: 'event',
      owedBy: 'partner',
      partner: partner.name,
      schedule: { kind: 'once', dueOn: '2026-09-23' },
    });
    const typed = 'hiep hoi bong ban da nang';
    const { commitments } = await dashboard(`?partner=${encodeURIComponent(typed)}`);
    expect(commitments.byPartner).toEqual([
      { key: partner.name, label: partner.name, dueSoon: 1, overdue: 0 },
    ]);
    const range = { open: 'true', dueFrom: commitments.dueFrom, dueTo: commitments.dueTo };
    expect(await total('/api/commitments', { partner: typed, ...range })).toBe(1);
    expect(await total('/api/commitments', { partner: 'HIEP HOI', ...range })).toBe(1);

    const csv = await fetch(
      `${t.baseUrl}/api/commitments?${new URLSearchParams({ partner: typed, format: 'csv' }).toString()}`,
      { headers: { authorization: `Bearer ${cast.manager.token}` } },
    );
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).split('\r\n').filter((line) => line !== '');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(partner.name);
  });
});
