import { can, ROLES, type Role } from '@concordat/domain';
import { signedInAs, type SignedIn } from './support/factories.js';
import { concretePath, routeTable, type RouteEntry } from './support/route-table.js';
import { startTestApp, type HttpResponse, type TestApp } from './support/test-app.js';

/**
 * Routes anyone may call. A route joins this list on purpose, with a reason, or the
 * "public routes" test below fails.
 */
const PUBLIC_ROUTES = [
  'GET /api/health', // probes
  'GET /api/health/live',
  'GET /api/health/ready',
  'POST /api/auth/login', // how a session starts
  'POST /api/auth/logout', // ends whatever session it is given, if any
  'GET /api/audit/signing-key', // a public key: anyone may verify an export with it
  'GET /api/calendar/:file', // a secret token in the file name stands in for a session
  'GET /api/metrics', // MetricsAccessGuard: scrape token or admin (metrics.int-spec)
];

const nameOf = (route: RouteEntry) => `${route.method} ${route.path}`;

function isProblem(response: HttpResponse, status: number, code: string): boolean {
  return (
    response.status === status &&
    (response.headers['content-type'] ?? '').includes('application/problem+json') &&
    response.json<{ code?: string }>().code === code
  );
}

describe('fault: access, generated from the route table', () => {
  let t: TestApp;
  let routes: RouteEntry[];
  const sessions = new Map<Role, SignedIn>();

  beforeAll(async () => {
    t = await startTestApp();
    routes = routeTable(t.app);
    for (const role of ROLES) sessions.set(role, await signedInAs(t, role));
  });
  afterAll(() => t.close());

  it('reads the same routes from Nest as the OpenAPI document lists', async () => {
    const document = (await t.request('GET', '/api/openapi.json')).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const found = routes.map((route) => `${route.method} ${route.openApiPath}`);
    expect(routes.length).toBeGreaterThan(40);
    expect([...new Set(found)].sort()).toEqual([...new Set(documented)].sort());
  });

  it('makes public only the routes meant to be', () => {
    const declared = routes.filter((route) => route.isPublic).map(nameOf);
    expect(declared.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('answers 401 problem+json on every other route without a token', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((each) => !each.isPublic)) {
      const response = await t.request(route.method, concretePath(route));
      if (!isProblem(response, 401, 'AUTHENTICATION_REQUIRED'))
        wrong.push(`${nameOf(route)} → ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 401 with a token that is not a live session', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((each) => !each.isPublic)) {
      const response = await t.request(route.method, concretePath(route), {
        token: 'not-a-session-token',
      });
      if (response.status !== 401) wrong.push(`${nameOf(route)} → ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 problem+json on every permission-guarded route to each role without it', async () => {
    const guarded = routes.filter((route) => route.permission !== undefined);
    expect(guarded.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    let checked = 0;
    for (const route of guarded) {
      const permission = route.permission;
      if (permission === undefined) continue;
      for (const role of ROLES.filter((each) => !can(each, permission))) {
        const session = sessions.get(role);
        const response = await t.request(route.method, concretePath(route), {
          token: session?.token ?? '',
          ...(route.method === 'GET' ? {} : { body: {} }),
        });
        checked += 1;
        if (!isProblem(response, 403, 'PERMISSION_DENIED'))
          wrong.push(`${nameOf(route)} as ${role} → ${response.status}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it('sets security headers on answers, refusals and unknown routes alike', async () => {
    const responses = [
      await t.request('GET', '/api/health/live'),
      await t.request('GET', '/api/agreements'),
      await t.request('GET', '/api/no-such-route'),
    ];
    for (const response of responses) {
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });
});
