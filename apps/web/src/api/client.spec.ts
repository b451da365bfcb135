import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { ApiError, HttpClient, fieldErrorsOf, parseProblem } from './client';
import { installInterceptors } from './interceptors';

describe('problem+json → field errors', () => {
  it('maps each errors[].field to its message, keeping the first per field', () => {
    const problem = parseProblem(422, {
      type: 'https://concordat.dev/problems/validation',
      title: 'Invalid request',
      status: 422,
      code: 'validation_failed',
      errors: [
        { field: 'title.vi', message: 'must not be blank' },
        { field: 'partners.0.country', message: 'must be an ISO 3166-1 alpha-2 code such as "JP"' },
        { field: 'title.vi', message: 'a second message' },
        { nonsense: true },
      ],
    });
    expect(fieldErrorsOf(problem)).toEqual({
      'title.vi': 'must not be blank',
      'partners.0.country': 'must be an ISO 3166-1 alpha-2 code such as "JP"',
    });
  });

  it('turns a problem+json answer into an ApiError with status, code and field errors', async () => {
    fakeApi({
      'POST /api/agreements': {
        status: 422,
        body: {
          title: 'Invalid request',
          status: 422,
          code: 'validation_failed',
          detail: 'The draft is invalid.',
          errors: [{ field: 'endsOn', message: 'must not be before startsOn' }],
        },
      },
    });
    const error = await new HttpClient().post('/api/agreements', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.message).toBe('The draft is invalid.');
    expect(apiError.fieldErrors).toEqual({ endsOn: 'must not be before startsOn' });
  });

  it('survives an error body that is not problem+json', async () => {
    fakeApi({ 'GET /api/agreements': () => ({ status: 502, body: 'Bad gateway' }) });
    const error = (await new HttpClient()
      .get('/api/agreements')
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.fieldErrors).toEqual({});
  });

  it('reports a request that never reached the server as status 0', async () => {
    const client = new HttpClient(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = (await client.get('/api/agreements').catch((e: unknown) => e)) as ApiError;
    expect(error.isNetworkError).toBe(true);
  });
});

describe('interceptors', () => {
  it('send the session token and the UI language with every request', async () => {
    const api = fakeApi({
      'GET /api/agreements': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
    });
    const client = new HttpClient();
    installInterceptors(client, {
      getAccessToken: () => 'token-123',
      getLanguage: () => 'ja',
      onSessionEnded: () => undefined,
    });
    await client.get('/api/agreements', { query: { q: 'スポーツ', status: undefined, page: 2 } });
    const [request] = api.requests;
    expect(request?.headers.get('Authorization')).toBe('Bearer token-123');
    expect(request?.headers.get('Accept-Language')).toBe('ja');
    expect(request?.url).toBe('/api/agreements?q=%E3%82%B9%E3%83%9D%E3%83%BC%E3%83%84&page=2');
  });

  it('repeat a parameter for each value of an array', async () => {
    const api = fakeApi({ 'GET /api/audit/events': { body: { items: [], nextCursor: null } } });
    await new HttpClient().get('/api/audit/events', {
      query: { type: ['AgreementSigned', 'ClauseReviewed'], q: undefined },
    });
    expect(api.requests[0]?.url).toBe('/api/audit/events?type=AgreementSigned&type=ClauseReviewed');
  });

  it('end the session on a 401, except for the sign-in calls themselves', async () => {
    fakeApi({
      'GET /api/agreements': { status: 401, body: { status: 401, title: 'Unauthorized' } },
      'GET /api/auth/me': { status: 401, body: { status: 401, title: 'Unauthorized' } },
    });
    const client = new HttpClient();
    let ended = 0;
    installInterceptors(client, {
      getAccessToken: () => null,
      getLanguage: () => 'en',
      onSessionEnded: () => ended++,
    });
    await client.get('/api/auth/me', { skipAuthRedirect: true }).catch(() => undefined);
    expect(ended).toBe(0);
    await client.get('/api/agreements').catch(() => undefined);
    expect(ended).toBe(1);
  });

  it('sends text exactly as typed, byte for byte', async () => {
    const api = fakeApi({ 'POST /api/agreements': { status: 201, body: {} } });
    const title = {
      vi: '  Biên bản ghi nhớ\u0301 ',
      ja: '覚書　（全角スペース）',
      ru: 'Меморандум\n',
    };
    await new HttpClient().post('/api/agreements', { title });
    expect(api.requests[0]?.body).toEqual({ title });
  });
});
