import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

export interface FakeReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (request: RecordedRequest) => FakeReply | Promise<FakeReply>;

/**
 * Replaces `fetch` (the HTTP boundary) with canned answers keyed by "METHOD /path".
 * Unknown routes answer 404 problem+json, like the api would.
 */
export function fakeApi(routes: Record<string, Handler | FakeReply>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: string, init: RequestInit = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: RecordedRequest = { method, url: input, headers, body };
    requests.push(request);
    const path = input.split('?')[0];
    const route = routes[`${method} ${path}`];
    const reply: FakeReply = route
      ? typeof route === 'function'
        ? await route(request)
        : route
      : {
          status: 404,
          body: { type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' },
        };
    const status = reply.status ?? 200;
    const isProblem = status >= 400;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: {
        'Content-Type': isProblem ? 'application/problem+json' : 'application/json',
        ...reply.headers,
      },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetch: fetchMock, requests };
}

export function queryOf(request: RecordedRequest): URLSearchParams {
  return new URLSearchParams(request.url.split('?')[1] ?? '');
}
