import type { AgreementView } from '@concordat/domain';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AgreementProjection } from '../src/modules/agreements/projections/agreement.projection.js';
import { rebuildAgreementsProjection } from '../src/modules/agreements/projections/rebuild-agreements-projection.js';
import {
  actOn,
  givenAgreementAt,
  givenDraftAgreement,
  type LifecycleCast,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

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
    await act('official', review, 'renew', { endsOn: '2034-03-14' });
    const ended = await givenAgreementAt(t, cast, 'active.in_force');
    await act('official', ended, 'terminate', { reason: 'Ended', terminatedOn: '2026-06-30' });
  });
  afterAll(() => t.close());

  const agreementsTable = async (): Promise<unknown[]> =>
    (await t.sql.query<Record<string, unknown>>(`SELECT * FROM agreements ORDER BY id`)).rows;

  it('leaves the agreements table equal, row for row, to the live one', async () => {
    const live = await agreementsTable();
    expect(live).toHaveLength(7);
    // Spoil the read model, so a rebuild that did nothing could not pass.
    await t.sql.query(`UPDATE agreements SET title_sort = 'spoilt', version = 99`);
    await t.sql.query(`DELETE FROM agreements WHERE status = 'withdrawn'`);

    const outcome = await dataSource.transaction((manager) =>
      rebuildAgreementsProjection(manager, new AgreementProjection()),
    );

    expect(outcome.agreements).toBe(7);
    const { rows } = await t.sql.query<{ n: string }>(`SELECT count(*) AS n FROM events`);
    expect(outcome.events).toBe(Number(rows[0]?.n));
    expect(await agreementsTable()).toEqual(live);
  });

  it('leaves the log verifiable and the api serving the rebuilt rows', async () => {
    const admin = await signedInAs(t, 'admin');
    const verify = await t.request('GET', '/api/audit/verify', { token: admin.token });
    expect(verify.json<{ ok: boolean }>().ok).toBe(true);
    const list = await t.request('GET', '/api/agreements?pageSize=50', { token: admin.token });
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(7);
  });
});
