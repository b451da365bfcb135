import type { AgreementView } from '@concordat/domain';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AgreementProjection } from '../src/modules/agreements/projections/agreement.projection.js';
import { AgreementParticularsProjection } from '../src/modules/agreements/projections/agreement-particulars.projection.js';
import { AgreementAmendmentsProjection } from '../src/modules/agreements/projections/agreement-amendments.projection.js';
import { AgreementReadModels } from '../src/modules/agreements/projections/agreement-read-models.js';
import { ApprovalProjection } from '../src/modules/approvals/infrastructure/approval.projection.js';
import { AgreementTextProjection } from '../src/modules/agreements/text/projections/agreement-text.projection.js';
import { rebuildAgreementsProjection } from '../src/modules/agreements/projections/rebuild-agreements-projection.js';
import {
  actOn,
  givenAgreementAt,
  givenDraftAgreement,
  type LifecycleCast,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { givenCommitment, runOn } from './support/commitment-factories.js';
import { rebuildEventStreams } from '../src/platform/event-store/event-streams.js';
import { rebuildCommitmentsProjection } from '../src/modules/commitments/projections/rebuild-commitments-projection.js';

describe('rebuilding the agreements projection from the log', () => {
  let t: TestApp;
  let cast: LifecycleCast;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    dataSource = t.app.get<DataSource>(getDataSourceToken());
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    // A varied log: every stage of the main road, edits, refusals and closed agreements.
    const act = async (
      as: keyof LifecycleCast,
      agreement: AgreementView,
      action: string,
      body: unknown = {},
    ): Promise<AgreementView> => {
      const response = await actOn(t, cast[as], agreement, action, body);
      if (response.status !== 200) throw new Error(`${action}: ${response.text}`);
      return response.json<AgreementView>();
    };
    const edited = await givenDraftAgreement(t, cast.manager, {
      title: {
        vi: 'Hợp tác đào tạo vận động viên',
        ja: '選手育成の協力',
        ru: 'Подготовка спортсменов',
      },
    });
    await act('manager', edited, 'edit', {
      endsOn: '2030-12-31',
      ourOrganisation: 'Tổng cục TDTT',
    });
    const rejected = await givenAgreementAt(t, cast, 'draft.awaiting_approval');
    await act('official', rejected, 'reject', { comment: 'Thiếu tên đối tác' });
    const withdrawn = await givenDraftAgreement(t, cast.manager);
    await act('manager', withdrawn, 'withdraw', { reason: 'Not needed' });
    await givenAgreementAt(t, cast, 'negotiation.text_final');
    const active = await givenAgreementAt(t, cast, 'active.in_force');
    await act('official', active, 'suspend', { reason: 'Reorganisation' });
    const review = await givenAgreementAt(t, cast, 'review.under_review');
    // Renewed through the review policy: the manager proposes, an official approves.
    const proposed = await act('manager', review, 'renew', { endsOn: '2034-03-14' });
    await act('official', proposed, 'approve', { comment: 'Đồng ý gia hạn' });
    // A review decision still awaiting approval: the review approval read model.
    const awaiting = await givenAgreementAt(t, cast, 'review.under_review');
    await act('manager', awaiting, 'expire', { comment: 'Hết ngân sách' });
    // An agreement in force with an amendment running: the amendments read model.
    const amended = await givenAgreementAt(t, cast, 'active.in_force');
    await act('manager', amended, 'propose-amendment', { reason: 'Thêm trại hè' });
    const ended = await givenAgreementAt(t, cast, 'active.in_force');
    await act('official', ended, 'terminate', { reason: 'Ended', terminatedOn: '2026-06-30' });
    // A text over two rounds with legal's reviews: the per-event read models.
    let texted = await givenDraftAgreement(t, cast.manager);
    texted = await act('manager', texted, 'edit-text', {
      text: {
        languages: [
          { tag: 'vi', authentic: true },
          { tag: 'ja', authentic: true },
        ],
        clauses: [
          {
            key: 'delegations',
            title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
            text: { vi: 'Mỗi năm một đoàn.', ja: '毎年一団。' },
          },
          {
            key: 'camps',
            title: { vi: 'Tập huấn', ja: '合宿' },
            text: { vi: 'Tập huấn chung.', ja: '合同合宿。' },
          },
        ],
      },
    });
    texted = await act('manager', texted, 'submit');
    texted = await act('official', texted, 'approve');
    texted = await act('legal', texted, 'start-negotiation');
    texted = await act('legal', texted, 'review-clause', {
      clauseKey: 'delegations',
      status: 'cleared',
    });
    await act('legal', texted, 'review-clause', {
      clauseKey: 'camps',
      status: 'flagged',
      comment: 'Thiếu địa điểm',
    });
    // A stream that is not an agreement: the rebuild must leave it to its own table.
    const admin = await signedInAs(t, 'admin');
    const policy = await t.request('PUT', '/api/approval-policies/programme/draft', {
      token: admin.token,
      body: {
        steps: [
          {
            approvers: { kind: 'role', role: 'official' },
            rule: { kind: 'any', count: 1 },
            deadlineDays: 3,
          },
        ],
      },
    });
    if (policy.status !== 200) throw new Error(`policy: ${policy.text}`);
    // Commitment streams: occurrences in every state, evidence, an edit and a cancellation.
    let commitment = await givenCommitment(t, cast.manager, edited, {
      schedule: {
        kind: 'recurring',
        rrule: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1',
        startsOn: '2024-01-01',
        endsOn: '2027-12-31',
      },
    });
    for (const [action, body] of [
      ['start', { periodKey: '2024-10-01' }],
      ['fulfil', { periodKey: '2024-10-01' }],
      ['add-evidence', { periodKey: '2024-10-01', note: 'Danh sách đoàn' }],
      ['fulfil-partially', { periodKey: '2025-10-01', quantityDone: 12 }],
      ['miss', { periodKey: '2026-10-01' }],
      ['edit', { schedule: { kind: 'once', dueOn: '2027-03-01' } }],
    ] as const) {
      const response = await runOn(t, cast.manager, commitment, action, body);
      if (response.status !== 200) throw new Error(`${action}: ${response.text}`);
      commitment = response.json();
    }
    const cancelled = await givenCommitment(t, cast.manager, edited, {
      schedule: { kind: 'once', dueOn: '2026-05-01' },
    });
    await runOn(t, cast.manager, cancelled, 'cancel', { reason: 'Không cần nữa' });
    // Some forty commands through HTTP: more than the default 30 s on a busy machine.
  }, 120_000);
  afterAll(() => t.close());

  const table = async (name: string, key: string): Promise<unknown[]> =>
    (await t.sql.query<Record<string, unknown>>(`SELECT * FROM ${name} ORDER BY ${key}`)).rows;
  const readModels = async (): Promise<Record<string, unknown[]>> => ({
    agreements: await table('agreements', 'id'),
    particulars: await table('agreement_particulars', 'agreement_id'),
    approvals: await table('agreement_approvals', 'agreement_id'),
    texts: await table('agreement_text_versions', 'agreement_id, round'),
    reviews: await table('agreement_clause_reviews', 'agreement_id, clause_key'),
    amendments: await table('agreement_amendments', 'agreement_id'),
    commitments: await table('commitments', 'id'),
    occurrences: await table('commitment_occurrences', 'commitment_id, period_key'),
    evidence: await table('commitment_evidence', 'id'),
    streams: await table('event_streams', 'stream_id'),
  });

  it('leaves every read model equal, row for row, to the live one', async () => {
    const live = await readModels();
    expect(live.agreements).toHaveLength(10);
    expect(live.particulars).toHaveLength(10);
    expect(live.approvals?.length).toBeGreaterThan(0);
    expect(live.texts?.length).toBeGreaterThan(0);
    expect(live.reviews?.length).toBeGreaterThan(0);
    expect(JSON.stringify(live.amendments)).toContain('in_progress');
    expect(live.commitments).toHaveLength(2);
    expect(live.occurrences?.length).toBeGreaterThan(4);
    expect(live.evidence).toHaveLength(1);
    expect(JSON.stringify(live.streams)).toContain('"kind":"commitment"');
    // Spoil the read models, so a rebuild that did nothing could not pass.
    await t.sql.query(`UPDATE agreements SET title_sort = 'spoilt', version = 99`);
    await t.sql.query(`UPDATE agreements SET created_at = now() WHERE status = 'active'`);
    await t.sql.query(`DELETE FROM agreements WHERE status = 'withdrawn'`);
    await t.sql.query(`UPDATE agreement_particulars SET view = '{}'::jsonb`);
    await t.sql.query(`DELETE FROM agreement_approvals WHERE outcome IS NOT NULL`);
    await t.sql.query(`UPDATE agreement_text_versions SET clauses = '[]'::jsonb`);
    await t.sql.query(`DELETE FROM agreement_clause_reviews`);
    await t.sql.query(`UPDATE agreement_amendments SET view = '[]'::jsonb, in_force_round = NULL`);
    await t.sql.query(`UPDATE commitments SET version = 99, created_at = now(), status = 'open'`);
    await t.sql.query(`UPDATE commitment_occurrences SET status = 'waived', updated_at = NULL`);
    await t.sql.query(`DELETE FROM commitment_evidence`);
    await t.sql.query(`UPDATE event_streams SET agreement_id = NULL, kind = 'other'`);

    const outcome = await dataSource.transaction((manager) =>
      rebuildAgreementsProjection(
        manager,
        new AgreementReadModels(
          new AgreementProjection(),
          new AgreementParticularsProjection(),
          new ApprovalProjection(),
          new AgreementTextProjection(),
          new AgreementAmendmentsProjection(),
        ),
      ),
    );

    const commitments = await dataSource.transaction((manager) =>
      rebuildCommitmentsProjection(manager),
    );
    const streams = await dataSource.transaction((manager) => rebuildEventStreams(manager));
    expect(streams.streams).toBe(live.streams?.length);

    expect(outcome.agreements).toBe(10);
    expect(commitments).toEqual({ commitments: 2, events: 9 });
    const { rows } = await t.sql.query<{
      n: string;
    }>(`SELECT count(*) AS n FROM events WHERE stream_id IN
         (SELECT stream_id FROM events WHERE stream_version = 1 AND type = 'AgreementDrafted')`);
    expect(outcome.events).toBe(Number(rows[0]?.n));
    expect(await readModels()).toEqual(live);
  });

  it('leaves the log verifiable and the api serving the rebuilt rows', async () => {
    const admin = await signedInAs(t, 'admin');
    const verify = await t.request('GET', '/api/audit/verify', { token: admin.token });
    expect(verify.json<{ ok: boolean }>().ok).toBe(true);
    const list = await t.request('GET', '/api/agreements?pageSize=50', { token: admin.token });
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(10);
  });
});
