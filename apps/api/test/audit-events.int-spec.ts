import type { AgreementView, AuditEventsPage, AuditEventView, ExportView } from '@concordat/domain';
import { RunExportJob } from '../src/modules/exports/jobs/run-export.job.js';
import { givenCommitment, givenPartneredAgreement, runOn } from './support/commitment-factories.js';
import { actOk, givenDraftAgreement, type SignedIn, signedInAs } from './support/factories.js';
import { download, waitForExport } from './support/export-files.js';
import { parseCsv } from './support/parse-csv.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Problem {
  status: number;
  errors?: Array<{ field: string; message: string }>;
}

const isoDay = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('GET /api/audit/events: the audit log search', () => {
  let t: TestApp;
  let auditor: SignedIn;
  let manager: SignedIn;
  let official: SignedIn;
  let substitute: SignedIn;
  /** Vietnamese partner, edited, approved by a substitute, with a commitment. */
  let football: AgreementView;
  let commitmentId: string;
  /** FAVIJA, later: its events come after `between`. */
  let favija: AgreementView;
  let between: string;

  const search = async (query: string, as: SignedIn = auditor): Promise<AuditEventsPage> => {
    const response = await t.request('GET', `/api/audit/events?${query}`, { token: as.token });
    if (response.status !== 200) throw new Error(`${query}: ${response.status} ${response.text}`);
    return response.json<AuditEventsPage>();
  };
  const allPositions = async (where = 'true', values: unknown[] = []): Promise<string[]> => {
    const { rows } = await t.sql.query<{ position: string }>(
      `SELECT position::text AS position FROM events e WHERE ${where} ORDER BY e.position DESC`,
      values,
    );
    return rows.map((row) => row.position);
  };

  beforeAll(async () => {
    t = await startTestApp();
    let admin: SignedIn;
    [auditor, manager, official, substitute, admin] = await Promise.all([
      signedInAs(t, 'auditor'),
      signedInAs(t, 'manager'),
      signedInAs(t, 'official'),
      signedInAs(t, 'official'),
      signedInAs(t, 'admin'),
    ]);
    // Two officials told apart by name, in Vietnamese as the CSV must carry them.
    for (const [who, name] of [
      [official, 'Nguyễn Văn An'],
      [substitute, 'Trần Thị Mai'],
    ] as const) {
      await t.sql.query(`UPDATE users SET name = $2 WHERE id = $1`, [who.user.id, name]);
      who.user.name = name;
    }
    // Only the named official approves drafts, so their substitute decides on their behalf.
    const policy = await t.request('PUT', '/api/approval-policies/mou/draft', {
      token: admin.token,
      body: {
        steps: [
          {
            approvers: { kind: 'users', userIds: [official.user.id] },
            rule: { kind: 'all' },
            deadlineDays: 3,
          },
        ],
      },
    });
    expect(policy.status).toBe(200);
    football = await givenDraftAgreement(t, manager, {
      title: { vi: 'Hợp tác bóng đá', en: 'Football cooperation' },
      partners: [{ name: 'Liên đoàn Bóng đá Việt Nam', country: 'VN' }],
      startsOn: '2024-01-01',
      endsOn: '2027-01-01',
    });
    let detail = await actOk(t, manager, football, 'edit', { endsOn: '2028-01-01' });
    detail = await actOk(t, manager, detail, 'submit');
    const granted = await t.request('POST', '/api/delegations', {
      token: official.token,
      body: { substituteId: substitute.user.id, from: isoDay(-1), to: isoDay(1) },
    });
    expect(granted.status).toBe(201);
    detail = await actOk(t, substitute, detail, 'approve', {
      comment: 'Đồng ý với điều khoản về học bổng',
    });
    football = detail;
    const commitment = await givenCommitment(t, manager, football);
    commitmentId = commitment.id;
    const waived = await runOn(t, manager, commitment, 'waive', {
      periodKey: '2024-10-01',
      reason: '相手側の要請',
    });
    expect(waived.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    between = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    favija = await givenPartneredAgreement(t, manager);
  });

  afterAll(() => t.close());

  describe('filters', () => {
    it('finds an agreement with its commitments, and only it', async () => {
      const page = await search(`agreementId=${football.id}&limit=200`);
      const streams = new Set(page.items.map((item) => item.streamId));
      expect(streams).toEqual(new Set([football.id, commitmentId]));
      expect(page.items.every((item) => item.agreement?.id === football.id)).toBe(true);
      expect(page.items.map((item) => item.type)).toEqual(
        expect.arrayContaining(['AgreementDrafted', 'CommitmentPlanned', 'OccurrenceWaived']),
      );
      expect(page.items).toHaveLength(
        (await allPositions('stream_id = ANY($1::uuid[])', [[football.id, commitmentId]])).length,
      );
      expect(page.nextCursor).toBeNull();
    });

    it('finds a partner by its name typed without accents', async () => {
      const page = await search('partner=lien%20doan%20bong%20da&limit=200');
      expect(new Set(page.items.map((item) => item.agreement?.id))).toEqual(new Set([football.id]));
      expect(page.items.some((item) => item.streamId === commitmentId)).toBe(true);
    });

    it('finds what one person did, and names who they acted for', async () => {
      const page = await search(`actorId=${substitute.user.id}`);
      const decision = page.items.find((item) => item.type === 'ApprovalDecisionRecorded');
      expect(page.items.every((item) => item.actor.id === substitute.user.id)).toBe(true);
      expect(decision?.actor).toEqual({
        id: substitute.user.id,
        name: substitute.user.name,
        role: 'official',
      });
      expect(decision?.onBehalfOf).toEqual({ id: official.user.id, name: official.user.name });
      expect(decision?.agreement?.title).toEqual({
        vi: 'Hợp tác bóng đá',
        en: 'Football cooperation',
      });
    });

    it('finds events of several types', async () => {
      const page = await search('type=CommitmentPlanned&type=AgreementDetailsEdited');
      expect(page.items.map((item) => item.type).sort()).toEqual([
        'AgreementDetailsEdited',
        'CommitmentPlanned',
      ]);
    });

    it('phrases an edit as the field with its old and new value', async () => {
      const page = await search(`agreementId=${football.id}&type=AgreementDetailsEdited`);
      expect(page.items[0]?.changes).toEqual([
        { field: 'endsOn', from: '2027-01-01', to: '2028-01-01' },
      ]);
      const planned = await search(`agreementId=${football.id}&type=CommitmentPlanned`);
      expect(planned.items[0]?.changes).toContainEqual({ field: 'owner', to: manager.user.name });
    });

    it('keeps to a time range, from included and to excluded', async () => {
      const after = await search(`from=${encodeURIComponent(between)}&limit=200`);
      expect(new Set(after.items.map((item) => item.streamId))).toEqual(new Set([favija.id]));
      const before = await search(`to=${encodeURIComponent(between)}&limit=200`);
      expect(before.items.some((item) => item.streamId === favija.id)).toBe(false);
      expect(before.items.length + after.items.length).toBe((await allPositions()).length);
    });

    it('finds written text with or without Vietnamese accents, and Japanese as written', async () => {
      for (const q of ['dong y voi dieu khoan', 'ĐỒNG Ý', 'học bổng']) {
        const page = await search(`q=${encodeURIComponent(q)}`);
        // The decision and the approval it completed both carry the comment.
        expect({ q, types: page.items.map((item) => item.type).sort() }).toEqual({
          q,
          types: ['ApprovalDecisionRecorded', 'DraftApproved'],
        });
      }
      const japanese = await search(`q=${encodeURIComponent('要請')}`);
      expect(japanese.items.map((item) => item.type)).toEqual(['OccurrenceWaived']);
      expect((await search('q=nothing%20like%20this')).items).toEqual([]);
    });
  });

  describe('cursor paging', () => {
    const pageThrough = async (order: 'asc' | 'desc', appendBetween: () => Promise<void>) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: AuditEventsPage = await search(
          `order=${order}&limit=4${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
        );
        seen.push(...page.items.map((item) => item.position));
        cursor = page.nextCursor;
        pages += 1;
        if (cursor !== null) await appendBetween();
      } while (cursor !== null && pages < 100);
      return seen;
    };
    let editCount = 0;
    const appendEvent = async () => {
      editCount += 1;
      const { rows } = await t.sql.query<{ version: number }>(
        `SELECT version FROM agreements WHERE id = $1`,
        [favija.id],
      );
      await actOk(t, manager, { id: favija.id, version: rows[0]?.version ?? 0 }, 'edit', {
        summary: { vi: `Tóm tắt ${editCount}` },
      });
    };

    it('newest first: pages neither repeat nor skip while events are appended', async () => {
      const atStart = await allPositions();
      const seen = await pageThrough('desc', appendEvent);
      // Events appended after the first page are newer than it: a later search shows them.
      expect(seen).toEqual(atStart);
      expect((await allPositions()).length).toBeGreaterThan(atStart.length);
    });

    it('oldest first: pages neither repeat nor skip, and end with the events appended meanwhile', async () => {
      const seen = await pageThrough('asc', appendEvent);
      expect(seen).toEqual((await allPositions()).reverse());
    });

    it('refuses a cursor that is not one, or one of the other order, naming the field', async () => {
      const first = await search('order=desc&limit=2');
      for (const query of [
        `order=asc&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
        'cursor=bm90LWEtY3Vyc29y',
        'cursor=%25%25%25',
      ]) {
        const response = await t.request('GET', `/api/audit/events?${query}`, {
          token: auditor.token,
        });
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json<Problem>().errors?.map((error) => error.field)).toEqual(['cursor']);
      }
    });
  });

  describe('who may search', () => {
    it('lets an auditor search everything, others only one agreement', async () => {
      expect((await search('limit=1', auditor)).items).toHaveLength(1);
      const whole = await t.request('GET', '/api/audit/events', { token: manager.token });
      expect(whole.status).toBe(403);
      expect(whole.headers['content-type']).toContain('application/problem+json');
      expect(whole.text).toContain('audit.read');
      expect(whole.json<Problem>().errors?.map((error) => error.field)).toEqual(['agreementId']);
      const one = await search(`agreementId=${favija.id}`, manager);
      expect(one.items.length).toBeGreaterThan(0);
      expect(one.items.every((item: AuditEventView) => item.agreement?.id === favija.id)).toBe(
        true,
      );
    });

    it('lists the people an auditor can filter by, to auditors only', async () => {
      const actors = await t.request('GET', '/api/audit/actors', { token: auditor.token });
      expect(actors.json<Array<{ id: string; name: string }>>()).toContainEqual({
        id: substitute.user.id,
        name: 'Trần Thị Mai',
        role: 'official',
      });
      const denied = await t.request('GET', '/api/audit/actors', { token: manager.token });
      expect(denied.status).toBe(403);
    });

    it('asks who you are first', async () => {
      const response = await t.request('GET', `/api/audit/events?agreementId=${favija.id}`);
      expect(response.status).toBe(401);
    });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['type=not-a-type', 'type'],
    ['from=yesterday', 'from'],
    ['from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'to'],
    ['agreementId=42', 'agreementId'],
    ['order=sideways', 'order'],
    ['colour=red', 'colour'],
  ])('refuses %s naming %s', async (query, field) => {
    const response = await t.request('GET', `/api/audit/events?${query}`, { token: auditor.token });
    expect(response.status).toBe(400);
    expect(response.json<Problem>().errors?.map((error) => error.field)).toEqual([field]);
  });

  it('exports the filter as CSV that reads back byte for byte in Vietnamese, Russian and Japanese', async () => {
    const response = await fetch(`${t.baseUrl}/api/audit/events?format=csv&partner=favija`, {
      headers: { authorization: `Bearer ${auditor.token}`, 'accept-language': 'ru' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv; charset=utf-8');
    expect(response.headers.get('link')).toBeNull();
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(records[0]?.slice(0, 7)).toEqual([
      'position',
      'occurred_at',
      'type',
      'actor',
      'actor_role',
      'on_behalf_of',
      'agreement',
    ]);
    const json = await search('partner=favija&limit=200');
    expect(records.slice(1).map((record) => record[0])).toEqual(
      json.items.map((item) => item.position),
    );
    expect(new Set(records.slice(1).map((record) => record[6]))).toEqual(
      new Set(['Меморандум о спортивном сотрудничестве']),
    );
    const drafted = records.find((record) => record[2] === 'AgreementDrafted');
    expect(drafted?.[10]).toContain('title.ja: スポーツ協力覚書');
    expect(drafted?.[10]).toContain('title.vi: Biên bản ghi nhớ hợp tác thể thao');

    const written = await fetch(
      `${t.baseUrl}/api/audit/events?format=csv&q=${encodeURIComponent('học bổng')}`,
      { headers: { authorization: `Bearer ${auditor.token}`, 'accept-language': 'ja, vi' } },
    );
    const decision = parseCsv((await written.text()).replace(/^\uFEFF/, '')).find(
      (record) => record[2] === 'ApprovalDecisionRecorded',
    );
    expect(decision?.[3]).toBe('Trần Thị Mai');
    expect(decision?.[5]).toBe(official.user.name);
    expect(decision?.[6]).toBe('Hợp tác bóng đá');
    expect(decision?.[10]).toContain('comment: Đồng ý với điều khoản về học bổng');
  });

  it("shows an export of one agreement in that agreement's history: who asked, for what, and who downloaded", async () => {
    const before = await search(`agreementId=${favija.id}&limit=200`);
    const requested = await t.request('POST', '/api/exports', {
      token: auditor.token,
      body: { format: 'jsonl', filters: { agreementId: favija.id } },
    });
    expect(requested.status).toBe(202);
    const id = requested.json<ExportView>().id;
    await t.app.get(RunExportJob).run(id);
    expect((await waitForExport(t, auditor, id)).status).toBe('completed');
    const file = await download(t, auditor, `/api/exports/${id}/files/events.jsonl`);
    expect(file.status).toBe(200);
    // An export of the whole log belongs to no agreement.
    const whole = await t.request('POST', '/api/exports', {
      token: auditor.token,
      body: { format: 'csv', filters: {} },
    });
    expect(whole.status).toBe(202);

    const after = await search(`agreementId=${favija.id}&limit=200`);
    const exportEvents = after.items.filter((item) => item.streamId === id);
    expect(exportEvents.map((item) => item.type).reverse()).toEqual([
      'ExportRequested',
      'ExportStarted',
      'ExportCompleted',
      'ExportDownloaded',
    ]);
    expect(after.items).toHaveLength(before.items.length + 4);
    expect(after.items.some((item) => item.streamId === whole.json<ExportView>().id)).toBe(false);
    const [downloaded, completed, , asked] = exportEvents;
    expect(asked?.actor.id).toBe(auditor.user.id);
    expect(asked?.agreement?.id).toBe(favija.id);
    expect(asked?.changes).toEqual([
      { field: 'format', to: 'jsonl' },
      { field: 'scope', to: 'streams' },
      { field: 'language', to: 'en' },
    ]);
    expect(completed?.changes).toEqual(
      expect.arrayContaining([{ field: 'file', to: ['events.jsonl'] }]),
    );
    expect(downloaded?.actor.id).toBe(auditor.user.id);
    expect(downloaded?.changes).toEqual([{ field: 'file', to: 'events.jsonl' }]);
    // The export's own filter: found by type too, and the agreement's record is unchanged.
    const byType = await search(`agreementId=${favija.id}&type=ExportRequested`);
    expect(byType.items.map((item) => item.streamId)).toEqual([id]);
  });
});
