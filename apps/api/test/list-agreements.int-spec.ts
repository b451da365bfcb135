import type { AgreementView, Page } from '@concordat/domain';
import { CommandBus } from '@nestjs/cqrs';
import { RunAgreementCommand } from '../src/modules/agreements/commands/run-agreement-command/run-agreement-command.command.js';
import { givenDraftAgreement, type SignedIn, signedInAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('GET /api/agreements lists, searches, filters, sorts and pages', () => {
  let t: TestApp;
  let manager: SignedIn;
  let favija: AgreementView;
  let judo: AgreementView;
  let guangxi: AgreementView;

  const list = async (query: string, as: SignedIn = manager) => {
    const response = await t.request('GET', `/api/agreements${query}`, { token: as.token });
    expect(response.status).toBe(200);
    return response.json<Page<AgreementView>>();
  };
  const ids = (page: Page<AgreementView>) => page.items.map((item) => item.id);

  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedInAs(t, 'manager');
    favija = await givenDraftAgreement(t, manager, {
      title: {
        vi: 'Biên bản ghi nhớ hợp tác thể thao với FAVIJA',
        ja: 'FAVIJAとのスポーツ交流協力に関する覚書',
      },
      partners: [{ name: 'FAVIJA', country: 'JP' }],
    });
    judo = await givenDraftAgreement(t, manager, {
      title: { ru: 'Меморандум о взаимопонимании: дзюдо' },
      partners: [{ name: 'JUDOs Nonprofit Organization', country: 'JP' }],
    });
    guangxi = await givenDraftAgreement(t, manager, {
      title: { en: 'Sports cooperation with Guangxi', vi: 'Hợp tác thể thao với Quảng Tây' },
      partners: [{ name: 'Guangxi Sports Bureau', country: 'CN' }],
    });
    // Moves one agreement into negotiation through the real command path.
    const official = await signedInAs(t, 'official');
    const legal = await signedInAs(t, 'legal');
    const bus = t.app.get(CommandBus);
    const actor = (as: SignedIn) => ({ userId: as.user.id, role: as.user.role });
    await bus.execute(
      new RunAgreementCommand(guangxi.id, { type: 'SubmitForApproval', data: {} }, actor(manager)),
    );
    await bus.execute(
      new RunAgreementCommand(
        guangxi.id,
        { type: 'ApproveDraft', data: { comment: null } },
        actor(official),
      ),
    );
    await bus.execute(
      new RunAgreementCommand(guangxi.id, { type: 'StartNegotiation', data: {} }, actor(legal)),
    );
  });
  afterAll(() => t.close());

  it('lists every agreement with the total, newest change first by default', async () => {
    const page = await list('');
    expect(page.total).toBe(3);
    expect(page).toMatchObject({ page: 1, pageSize: 20 });
    expect(ids(page)).toEqual([guangxi.id, judo.id, favija.id]);
  });

  it('lets the auditor read the list', async () => {
    const auditor = await signedInAs(t, 'auditor');
    expect((await list('', auditor)).total).toBe(3);
  });

  it('searches Vietnamese titles with or without diacritics, in any case', async () => {
    expect(ids(await list(`?q=${encodeURIComponent('hợp tác thể thao')}`)).sort()).toEqual(
      [favija.id, guangxi.id].sort(),
    );
    expect(ids(await list('?q=hop%20tac%20the%20thao')).sort()).toEqual(
      [favija.id, guangxi.id].sort(),
    );
    expect(ids(await list(`?q=${encodeURIComponent('QUẢNG TÂY')}`))).toEqual([guangxi.id]);
  });

  it('searches Japanese and Russian titles', async () => {
    expect(ids(await list(`?q=${encodeURIComponent('覚書')}`))).toEqual([favija.id]);
    expect(ids(await list(`?q=${encodeURIComponent('ДЗЮДО')}`))).toEqual([judo.id]);
  });

  it('searches partner names too, and treats % as a plain character', async () => {
    expect(ids(await list('?q=judos'))).toEqual([judo.id]);
    expect((await list('?q=%25')).total).toBe(0);
  });

  it('filters by status, partner and country', async () => {
    expect(ids(await list('?status=draft')).sort()).toEqual([favija.id, judo.id].sort());
    expect(ids(await list('?status=negotiation'))).toEqual([guangxi.id]);
    expect(ids(await list('?partner=guangxi'))).toEqual([guangxi.id]);
    expect(ids(await list('?country=JP')).sort()).toEqual([favija.id, judo.id].sort());
    expect(ids(await list('?country=JP&partner=favija'))).toEqual([favija.id]);
  });

  it('sorts by title and by status in lifecycle order', async () => {
    const byTitle = await list('?sort=title&order=asc');
    expect(ids(byTitle)).toEqual([favija.id, guangxi.id, judo.id]);
    const byStatus = await list('?sort=status&order=asc');
    expect(byStatus.items.map((item) => item.status)).toEqual(['draft', 'draft', 'negotiation']);
    const byStatusDesc = await list('?sort=status&order=desc');
    expect(byStatusDesc.items.map((item) => item.status)).toEqual([
      'negotiation',
      'draft',
      'draft',
    ]);
    expect(ids(await list('?sort=createdAt&order=asc'))).toEqual([favija.id, judo.id, guangxi.id]);
  });

  it('pages with pageSize and keeps the total', async () => {
    const first = await list('?sort=createdAt&order=asc&pageSize=2&page=1');
    const second = await list('?sort=createdAt&order=asc&pageSize=2&page=2');
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(ids(first)).toEqual([favija.id, judo.id]);
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(ids(second)).toEqual([guangxi.id]);
  });

  it('rejects unknown or invalid query parameters with 400 naming them', async () => {
    const response = await t.request(
      'GET',
      '/api/agreements?status=signed&colour=blue&pageSize=1000',
      {
        token: manager.token,
      },
    );
    expect(response.status).toBe(400);
    const fields = response
      .json<{ errors: Array<{ field: string }> }>()
      .errors.map((error) => error.field);
    expect(fields.sort()).toEqual(['colour', 'pageSize', 'status']);
  });

  it.each(['q=%00', 'page=100000000000000000000', 'status=draft&status=active', 'partner=%25_%5C'])(
    'never answers 500 for odd input (%s)',
    async (query) => {
      const response = await t.request('GET', `/api/agreements?${query}`, { token: manager.token });
      expect([200, 400]).toContain(response.status);
    },
  );
});
