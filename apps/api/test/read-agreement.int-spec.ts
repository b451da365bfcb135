import { randomUUID } from 'node:crypto';
import type { AgreementEventView, AgreementView } from '@concordat/domain';
import { givenDraftAgreement, type SignedIn, signedInAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('reading one agreement and its history', () => {
  let t: TestApp;
  let official: SignedIn;
  let auditor: SignedIn;
  let agreement: AgreementView;
  beforeAll(async () => {
    t = await startTestApp();
    official = await signedInAs(t, 'official');
    auditor = await signedInAs(t, 'auditor');
    agreement = await givenDraftAgreement(t, official, {
      title: { vi: 'Thỏa thuận hợp tác', ja: '協力協定' },
    });
  });
  afterAll(() => t.close());

  it('GET /api/agreements/{id} answers the agreement with its version as ETag', async () => {
    const response = await t.request('GET', `/api/agreements/${agreement.id}`, {
      token: auditor.token,
    });

    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json<AgreementView>()).toEqual(agreement);
  });

  it('answers 404 problem for an id nobody created', async () => {
    const response = await t.request('GET', `/api/agreements/${randomUUID()}`, {
      token: auditor.token,
    });

    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ code: string }>().code).toBe('AGREEMENT_NOT_FOUND');
  });

  it('answers 400 naming the id when it is not a UUID', async () => {
    for (const path of ['/api/agreements/not-a-uuid', '/api/agreements/42/events']) {
      const response = await t.request('GET', path, { token: auditor.token });
      expect(response.status).toBe(400);
      expect(response.json<{ errors: Array<{ field: string }> }>().errors).toEqual([
        { field: 'id', message: 'must be a UUID' },
      ]);
    }
  });

  it('GET /api/agreements/{id}/events answers the history oldest first, with the actor', async () => {
    const response = await t.request('GET', `/api/agreements/${agreement.id}/events`, {
      token: auditor.token,
    });

    expect(response.status).toBe(200);
    const history = response.json<AgreementEventView[]>();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      version: 1,
      type: 'AgreementDrafted',
      actor: official.user,
      data: { agreementId: agreement.id, title: { vi: 'Thỏa thuận hợp tác', ja: '協力協定' } },
    });
    expect(history[0]?.position).toMatch(/^\d+$/);
    expect(Date.parse(history[0]?.occurredAt ?? '')).not.toBeNaN();
  });

  it('answers 404 for the history of an unknown agreement', async () => {
    const response = await t.request('GET', `/api/agreements/${randomUUID()}/events`, {
      token: auditor.token,
    });
    expect(response.status).toBe(404);
  });

  it('answers unknown routes with a 404 problem', async () => {
    const response = await t.request('GET', '/api/no-such-thing', { token: auditor.token });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ code: string; instance: string }>()).toMatchObject({
      code: 'NOT_FOUND',
      instance: '/api/no-such-thing',
    });
  });
});
