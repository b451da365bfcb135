import { createHash } from 'node:crypto';
import type {
  AgreementView,
  CommitmentDetailView,
  CommitmentOccurrenceRow,
  CommitmentView,
  Page,
  PartnerScorecard,
  Scorecard,
} from '@concordat/domain';
import { MAX_ATTACHMENT_BYTES } from '@concordat/domain';
import { signedInAs, type SignedIn } from './support/factories.js';
import {
  commitmentEventCount,
  givenCommitment,
  givenPartneredAgreement,
  planInput,
  runOn,
} from './support/commitment-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { parseCsv } from './support/parse-csv.js';

interface Problem {
  status: number;
  code: string;
  currentVersion?: number;
  errors?: Array<{ field: string; message: string }>;
}

describe('commitments through HTTP', () => {
  let t: TestApp;
  let manager: SignedIn;
  let official: SignedIn;
  let auditor: SignedIn;
  let agreement: AgreementView;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedInAs(t, 'manager');
    official = await signedInAs(t, 'official');
    auditor = await signedInAs(t, 'auditor');
    agreement = await givenPartneredAgreement(t, manager);
  });
  afterAll(() => t.close());

  const periods = (view: CommitmentDetailView) =>
    view.occurrences.map((o) => `${o.periodKey}:${o.status}`);

  describe('planning', () => {
    it('plans a yearly commitment through the agreement term, answering it with ETag 1', async () => {
      const response = await t.request('POST', `/api/agreements/${agreement.id}/commitments`, {
        token: manager.token,
        body: planInput(manager.user.id, { clause: 2 }),
      });
      expect(response.status).toBe(201);
      expect(response.headers.etag).toBe('"1"');
      const view = response.json<CommitmentDetailView>();
      expect(response.headers.location).toBe(`/api/commitments/${view.id}`);
      expect(view.title.ru).toBe('Обмен делегациями спортсменов');
      expect(view.schedule).toEqual({
        kind: 'recurring',
        rrule: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1',
        startsOn: '2024-01-01',
        endsOn: '2027-12-31',
      });
      expect(periods(view)).toEqual([
        '2024-10-01:planned',
        '2025-10-01:planned',
        '2026-10-01:planned',
        '2027-10-01:planned',
      ]);
      expect(view.allowedActions).toEqual(['edit', 'cancel']);
      expect(view.owner.id).toBe(manager.user.id);
      const listed = await t.request('GET', `/api/agreements/${agreement.id}/commitments`, {
        token: auditor.token,
      });
      expect(listed.json<CommitmentView[]>().map((c) => c.id)).toContain(view.id);
    });

    it.each([
      {
        name: 'an official (managers own commitments)',
        as: () => official,
        body: () => planInput(manager.user.id),
        status: 403,
        code: 'ROLE_NOT_PERMITTED',
      },
      {
        name: 'an auditor',
        as: () => auditor,
        body: () => planInput(manager.user.id),
        status: 403,
        code: 'ROLE_NOT_PERMITTED',
      },
      {
        name: 'an invalid RRULE',
        as: () => manager,
        body: () =>
          planInput(manager.user.id, { schedule: { kind: 'recurring', rrule: 'FREQ=HOURLY' } }),
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'schedule.rrule',
      },
      {
        name: 'an owner who is not a user',
        as: () => manager,
        body: () => planInput('00000000-0000-4000-8000-000000000000'),
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'ownerId',
      },
      {
        name: 'an owner id that is not even a UUID',
        as: () => manager,
        body: () => planInput('somebody'),
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'ownerId',
      },
      {
        name: 'a partner that is not party to the agreement',
        as: () => manager,
        body: () => planInput(manager.user.id, { owedBy: 'partner', partner: 'Someone else' }),
        status: 422,
        code: 'UNKNOWN_PARTNER',
        field: 'partner',
      },
    ])(
      'refuses $name with problem+json and writes nothing',
      async ({ as, body, status, code, field }) => {
        const before = await t.sql.query(`SELECT count(*)::int AS n FROM events`);
        const response = await t.request('POST', `/api/agreements/${agreement.id}/commitments`, {
          token: as().token,
          body: body(),
        });
        expect(response.status).toBe(status);
        expect(response.headers['content-type']).toContain('application/problem+json');
        const problem = response.json<Problem>();
        expect(problem.code).toBe(code);
        if (field) expect(problem.errors?.map((e) => e.field)).toContain(field);
        const after = await t.sql.query(`SELECT count(*)::int AS n FROM events`);
        expect(after.rows).toEqual(before.rows);
      },
    );

    it('answers 404 for an agreement that does not exist', async () => {
      const response = await t.request(
        'POST',
        '/api/agreements/00000000-0000-4000-8000-000000000000/commitments',
        { token: manager.token, body: planInput(manager.user.id) },
      );
      expect(response.status).toBe(404);
      expect(response.json<Problem>().code).toBe('AGREEMENT_NOT_FOUND');
    });
  });

  describe('occurrence commands', () => {
    it('runs every command, each answering the new version as ETag', async () => {
      let view = await givenCommitment(t, manager, agreement);
      const steps: Array<[string, Record<string, unknown>, string]> = [
        ['start', { periodKey: '2024-10-01', note: 'Visa đã xin' }, '2024-10-01:in_progress'],
        [
          'fulfil-partially',
          { periodKey: '2024-10-01', quantityDone: 15 },
          '2024-10-01:partially_fulfilled',
        ],
        ['fulfil', { periodKey: '2024-10-01' }, '2024-10-01:fulfilled'],
        ['miss', { periodKey: '2025-10-01', reason: 'Рейсы отменены' }, '2025-10-01:missed'],
        ['waive', { periodKey: '2026-10-01', reason: '相手側の要請' }, '2026-10-01:waived'],
        [
          'add-evidence',
          { periodKey: '2024-10-01', note: 'Ảnh chụp buổi lễ' },
          '2024-10-01:fulfilled',
        ],
        ['edit', { quantity: { amount: 25, unit: 'athletes' } }, '2027-10-01:planned'],
      ];
      for (const [action, body, expected] of steps) {
        const response = await runOn(t, manager, view, action, body);
        expect({ action, status: response.status }).toEqual({ action, status: 200 });
        const next = response.json<CommitmentDetailView>();
        expect(next.version).toBe(view.version + 1);
        expect(response.headers.etag).toBe(`"${next.version}"`);
        expect(periods(next)).toContain(expected);
        view = next;
      }
      const fulfilled = view.occurrences[0];
      expect(fulfilled?.quantityDone).toBe(20);
      expect(fulfilled?.evidence.map((e) => e.note)).toEqual(['Ảnh chụp buổi lễ']);
      expect(view.quantity).toEqual({ amount: 25, unit: 'athletes' });
      expect(await commitmentEventCount(t, view.id)).toBe(8);

      const cancelled = await runOn(t, manager, view, 'cancel', {
        reason: 'Thay bằng chương trình mới',
      });
      expect(cancelled.status).toBe(200);
      const last = cancelled.json<CommitmentDetailView>();
      expect(last.status).toBe('cancelled');
      expect(last.allowedActions).toEqual([]);
      expect(last.occurrences.every((o) => o.allowedActions.length === 0)).toBe(true);
      const after = await runOn(t, manager, last, 'start', { periodKey: '2027-10-01' });
      expect(after.status).toBe(409);
      expect(after.json<Problem>().code).toBe('COMMITMENT_CANCELLED');
    });

    it.each([
      {
        name: 'an auditor fulfilling',
        as: 'auditor',
        action: 'fulfil',
        body: { periodKey: '2024-10-01' },
        status: 403,
        code: 'ROLE_NOT_PERMITTED',
      },
      {
        name: 'starting a fulfilled occurrence',
        as: 'manager',
        action: 'start',
        body: { periodKey: '2024-10-01' },
        status: 409,
        code: 'OCCURRENCE_TRANSITION_NOT_ALLOWED',
      },
      {
        name: 'a partial fulfilment of everything owed',
        as: 'manager',
        action: 'fulfil-partially',
        body: { periodKey: '2025-10-01', quantityDone: 20 },
        status: 422,
        code: 'QUANTITY_OUT_OF_RANGE',
      },
      {
        name: 'a date the schedule does not have',
        as: 'manager',
        action: 'fulfil',
        body: { periodKey: '2025-10-02' },
        status: 422,
        code: 'OCCURRENCE_NOT_FOUND',
      },
      {
        name: 'a waiver without a reason',
        as: 'manager',
        action: 'waive',
        body: { periodKey: '2025-10-01', reason: ' ' },
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      {
        name: 'an unknown command',
        as: 'manager',
        action: 'celebrate',
        body: {},
        status: 404,
        code: 'NOT_FOUND',
      },
    ] as const)(
      'refuses $name ($status) and records no event',
      async ({ as, action, body, status, code }) => {
        const planned = await givenCommitment(t, manager, agreement);
        const fulfilled = (
          await runOn(t, manager, planned, 'fulfil', { periodKey: '2024-10-01' })
        ).json<CommitmentDetailView>();
        const actor = as === 'auditor' ? auditor : manager;
        const response = await runOn(t, actor, fulfilled, action, body);
        expect(response.status).toBe(status);
        expect(response.json<Problem>().code).toBe(code);
        expect(await commitmentEventCount(t, planned.id)).toBe(2);
      },
    );

    it('refuses a stale If-Match with 409 and the current version, and a missing one with 428', async () => {
      const planned = await givenCommitment(t, manager, agreement);
      await runOn(t, manager, planned, 'start', { periodKey: '2024-10-01' });
      const stale = await runOn(t, manager, planned, 'fulfil', { periodKey: '2025-10-01' });
      expect(stale.status).toBe(409);
      expect(stale.json<Problem>()).toMatchObject({
        code: 'CONCURRENCY_CONFLICT',
        currentVersion: 2,
      });
      const missing = await t.request('POST', `/api/commitments/${planned.id}/fulfil`, {
        token: manager.token,
        body: { periodKey: '2025-10-01' },
      });
      expect(missing.status).toBe(428);
      expect(await commitmentEventCount(t, planned.id)).toBe(2);
    });

    it('replays a repeated Idempotency-Key without recording twice', async () => {
      const planned = await givenCommitment(t, manager, agreement);
      const headers = { 'idempotency-key': `fulfil-${planned.id}` };
      const first = await runOn(
        t,
        manager,
        planned,
        'fulfil',
        { periodKey: '2024-10-01' },
        headers,
      );
      const again = await runOn(
        t,
        manager,
        planned,
        'fulfil',
        { periodKey: '2024-10-01' },
        headers,
      );
      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json<CommitmentDetailView>()).toEqual(first.json<CommitmentDetailView>());
      expect(await commitmentEventCount(t, planned.id)).toBe(2);
    });

    it('refuses evidence over the size limit with a 413 and stores nothing', async () => {
      const planned = await givenCommitment(t, manager, agreement);
      const form = new FormData();
      form.append('periodKey', '2024-10-01');
      form.append('file', new Blob([Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 1)]), 'big.pdf');
      const response = await fetch(`${t.baseUrl}/api/commitments/${planned.id}/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${manager.token}`, 'if-match': '"1"' },
        body: form,
      });
      expect(response.status).toBe(413);
      expect(await commitmentEventCount(t, planned.id)).toBe(1);
      const files = await t.sql.query(
        `SELECT id FROM commitment_evidence_files WHERE commitment_id = $1`,
        [planned.id],
      );
      expect(files.rows).toHaveLength(0);
    });

    it('stores an evidence file with its SHA-256 and gives the same bytes back', async () => {
      const planned = await givenCommitment(t, manager, agreement);
      const bytes = Buffer.from('出席者名簿 — Danh sách tham dự — Список участников');
      const form = new FormData();
      form.append('periodKey', '2024-10-01');
      form.append('note', 'Danh sách ký tên');
      form.append('file', new Blob([bytes], { type: 'text/plain' }), '出席者名簿.txt');
      const response = await fetch(`${t.baseUrl}/api/commitments/${planned.id}/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${manager.token}`, 'if-match': '"1"' },
        body: form,
      });
      expect(response.status).toBe(200);
      const view = (await response.json()) as CommitmentDetailView;
      const evidence = view.occurrences[0]?.evidence[0];
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      expect(evidence?.note).toBe('Danh sách ký tên');
      expect(evidence?.file).toMatchObject({ name: '出席者名簿.txt', size: bytes.length, sha256 });
      const events = await t.sql.query<{ payload: { file: { sha256: string } } }>(
        `SELECT payload FROM events WHERE stream_id = $1 AND type = 'EvidenceAdded'`,
        [planned.id],
      );
      expect(events.rows[0]?.payload.file.sha256).toBe(sha256);
      const download = await fetch(`${t.baseUrl}${evidence?.file?.downloadUrl ?? ''}`, {
        headers: { authorization: `Bearer ${auditor.token}` },
      });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);

      // A refused upload (auditor) stores no file.
      const refused = new FormData();
      refused.append('periodKey', '2024-10-01');
      refused.append('file', new Blob([bytes], { type: 'text/plain' }), 'x.txt');
      const denied = await fetch(`${t.baseUrl}/api/commitments/${planned.id}/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${auditor.token}`, 'if-match': '"2"' },
        body: refused,
      });
      expect(denied.status).toBe(403);
      const files = await t.sql.query(
        `SELECT id FROM commitment_evidence_files WHERE commitment_id = $1`,
        [planned.id],
      );
      expect(files.rows).toHaveLength(1);
    });
  });

  describe('the list, the CSV export and the scorecards', () => {
    let other: AgreementView;
    beforeAll(async () => {
      other = await givenPartneredAgreement(t, manager, { name: 'Федерация самбо', country: 'RU' });
      const camp = await givenCommitment(t, manager, other, {
        title: { ru: 'Учебный сбор, "зимний"', vi: 'Tập huấn mùa đông, Hà Nội', ja: '冬季合宿' },
        kind: 'training',
        owedBy: 'partner',
        partner: 'Федерация самбо',
        schedule: { kind: 'once', dueOn: '2020-02-01' },
        quantity: null,
      });
      const seminar = await givenCommitment(t, manager, other, {
        title: { ru: 'Семинар тренеров', ja: 'コーチセミナー' },
        kind: 'seminar',
        schedule: { kind: 'once', dueOn: '2099-06-01' },
        quantity: null,
      });
      await runOn(t, manager, seminar, 'start', { periodKey: '2099-06-01' });
      expect(camp.occurrences[0]?.overdue).toBe(true);
    });

    const list = (query: string, as = auditor) =>
      t.request('GET', `/api/commitments?${query}`, { token: as.token });

    it.each([
      { query: 'kind=training', expect: ['2020-02-01:planned'] },
      { query: 'overdue=true&partner=самбо', expect: ['2020-02-01:planned'] },
      { query: 'country=RU&status=in_progress', expect: ['2099-06-01:in_progress'] },
      {
        query: 'country=RU&dueFrom=2021-01-01&dueTo=2099-12-31',
        expect: ['2099-06-01:in_progress'],
      },
      {
        query: 'country=RU&sort=dueOn&order=desc',
        expect: ['2099-06-01:in_progress', '2020-02-01:planned'],
      },
    ])('filters by $query', async ({ query, expect: rows }) => {
      const response = await list(`${query}&agreement=${other.id}`);
      expect(response.status).toBe(200);
      const page = response.json<Page<CommitmentOccurrenceRow>>();
      expect(page.items.map((row) => `${row.dueOn}:${row.status}`)).toEqual(rows);
      expect(page.total).toBe(rows.length);
    });

    it("gives each row its agreement's title languages in the order they were given", async () => {
      const page = (await list(`agreement=${other.id}`)).json<Page<CommitmentOccurrenceRow>>();
      expect(page.items[0]?.agreement.titleLanguages).toEqual(['vi', 'ru', 'ja']);
    });

    it('pages without overlap and counts the whole list', async () => {
      const first = (await list('pageSize=3&page=1')).json<Page<CommitmentOccurrenceRow>>();
      const second = (await list('pageSize=3&page=2')).json<Page<CommitmentOccurrenceRow>>();
      const key = (row: CommitmentOccurrenceRow) => `${row.commitmentId}/${row.periodKey}`;
      expect(first.items).toHaveLength(3);
      expect(first.total).toBeGreaterThan(6);
      expect(second.total).toBe(first.total);
      expect(second.items.map(key).filter((k) => first.items.map(key).includes(k))).toEqual([]);
      expect(first.items.map((row) => row.dueOn)).toEqual(
        [...first.items.map((row) => row.dueOn)].sort(),
      );
    });

    it('refuses a bad filter with a 400 naming it', async () => {
      const response = await list('overdue=maybe&kind=party');
      expect(response.status).toBe(400);
      expect(
        response
          .json<Problem>()
          .errors?.map((e) => e.field)
          .sort(),
      ).toEqual(['kind', 'overdue']);
    });

    it('exports the list as RFC 4180 CSV that reads back with its Vietnamese, Russian and Japanese text', async () => {
      const response = await fetch(
        `${t.baseUrl}/api/commitments?format=csv&agreement=${other.id}&sort=dueOn`,
        {
          headers: { authorization: `Bearer ${auditor.token}`, 'accept-language': 'ru, vi;q=0.8' },
        },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv; charset=utf-8');
      const bytes = Buffer.from(await response.arrayBuffer());
      // A UTF-8 byte order mark first, so spreadsheets do not guess another encoding.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      expect(text).toContain('\r\n');
      const records = parseCsv(text);
      expect(records[0]?.slice(0, 4)).toEqual(['due_on', 'status', 'overdue', 'title']);
      expect(records.slice(1).map((r) => r.slice(0, 8))).toEqual([
        [
          '2020-02-01',
          'planned',
          'true',
          'Учебный сбор, "зимний"',
          'training',
          'partner',
          'Федерация самбо',
          'Меморандум о спортивном сотрудничестве',
        ],
        [
          '2099-06-01',
          'in_progress',
          'false',
          'Семинар тренеров',
          'seminar',
          'both',
          '',
          'Меморандум о спортивном сотрудничестве',
        ],
      ]);
      const japanese = await t.request(
        'GET',
        `/api/commitments?format=csv&agreement=${other.id}&sort=dueOn`,
        {
          token: auditor.token,
          headers: { 'accept-language': 'ja' },
        },
      );
      expect(
        parseCsv(japanese.text)
          .slice(1)
          .map((r) => r[3]),
      ).toEqual(['冬季合宿', 'コーチセミナー']);

      // No title in the reader's language: the agreement's first given language, as on screen.
      const english = await t.request(
        'GET',
        `/api/commitments?format=csv&agreement=${other.id}&sort=dueOn`,
        { token: auditor.token, headers: { 'accept-language': 'en' } },
      );
      expect(parseCsv(english.text)[1]?.[7]).toBe('Biên bản ghi nhớ hợp tác thể thao');
    });

    it('scores the agreement by year and each partner across agreements', async () => {
      const card = (
        await t.request('GET', `/api/agreements/${other.id}/commitments/scorecard`, {
          token: auditor.token,
        })
      ).json<Scorecard & { agreementId: string }>();
      expect(card.agreementId).toBe(other.id);
      expect(card.periods.map((p) => [p.period, p.overdue, p.inProgress])).toEqual([
        ['2020', 1, 0],
        ['2099', 0, 1],
      ]);
      const partners = (
        await t.request('GET', `/api/commitments/scorecards/partners?partner=самбо`, {
          token: auditor.token,
        })
      ).json<{ partners: PartnerScorecard[] }>();
      expect(partners.partners.map((p) => [p.partner, p.totals.total])).toEqual([
        ['Федерация самбо', 2],
      ]);
    });
  });
});
