import { givenCommitment, givenPartneredAgreement, runOn } from './support/commitment-factories.js';
import { actOn, givenDraftAgreement, signedInAs, type SignedIn } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SCRAPE_TOKEN = 'scrape-token-for-tests-0123456789';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * A reader of the Prometheus text format (0.0.4), written here rather than taken from the
 * library under test: `name{label="value",…} number` lines, `#` lines skipped.
 */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match === null) throw new Error(`not a sample line: ${line}`);
    const [, name = '', labelText = '', value = ''] = match;
    const labels: Record<string, string> = {};
    for (const pair of labelText.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[pair[1] ?? ''] = (pair[2] ?? '').replace(/\\(.)/g, '$1');
    samples.push({ name, labels, value: value === '+Inf' ? Infinity : Number(value) });
  }
  return samples;
}

function find(samples: Sample[], name: string, labels: Record<string, string> = {}): Sample[] {
  return samples.filter(
    (sample) =>
      sample.name === name &&
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
}

describe('GET /api/metrics', () => {
  let t: TestApp;
  let manager: SignedIn;
  let official: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ metricsToken: SCRAPE_TOKEN });
    [manager, official, admin] = await Promise.all([
      signedInAs(t, 'manager'),
      signedInAs(t, 'official'),
      signedInAs(t, 'admin'),
    ]);
  });
  afterAll(() => t.close());

  const scrape = async (): Promise<Sample[]> => {
    const response = await t.request('GET', '/api/metrics', { token: SCRAPE_TOKEN });
    expect(response.status).toBe(200);
    return parseExposition(response.text);
  };

  it('lets the scrape token and admins in; 401 without or with a wrong token, 403 for other roles', async () => {
    const anonymous = await t.request('GET', '/api/metrics');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    expect((await t.request('GET', '/api/metrics', { token: 'not-the-token' })).status).toBe(401);
    const manager403 = await t.request('GET', '/api/metrics', { token: manager.token });
    expect(manager403.status).toBe(403);
    expect(manager403.json<{ code: string }>().code).toBe('PERMISSION_DENIED');

    const byToken = await t.request('GET', '/api/metrics', { token: SCRAPE_TOKEN });
    expect(byToken.status).toBe(200);
    expect(byToken.headers['content-type']).toContain('text/plain');
    expect(byToken.headers['content-type']).toContain('version=0.0.4');
    expect((await t.request('GET', '/api/metrics', { token: admin.token })).status).toBe(200);
  });

  it('counts requests by route template and status class, with latency buckets', async () => {
    const agreement = await givenDraftAgreement(t, manager);
    await t.request('GET', `/api/agreements/${agreement.id}`, { token: manager.token });
    await t.request('GET', `/api/agreements/00000000-0000-4000-8000-000000000000`, {
      token: manager.token,
    });

    const samples = await scrape();
    const route = { method: 'GET', route: '/api/agreements/:id' };
    const ok = find(samples, 'concordat_http_request_duration_seconds_count', {
      ...route,
      status_class: '2xx',
    });
    const missing = find(samples, 'concordat_http_request_duration_seconds_count', {
      ...route,
      status_class: '4xx',
    });
    expect(ok.map((sample) => sample.value)).toEqual([1]);
    expect(missing.map((sample) => sample.value)).toEqual([1]);
    // The path's id never becomes a label: one series per route, however many agreements.
    expect(samples.some((sample) => sample.labels.route?.includes(agreement.id))).toBe(false);
    const infBucket = find(samples, 'concordat_http_request_duration_seconds_bucket', {
      ...route,
      status_class: '2xx',
      le: '+Inf',
    });
    expect(infBucket.map((sample) => sample.value)).toEqual([1]);
  });

  it('counts command outcomes: ok, rejected by code, conflict on a stale version', async () => {
    const before = await scrape();
    const count = (samples: Sample[], labels: Record<string, string>) =>
      find(samples, 'concordat_command_outcomes_total', labels).reduce(
        (sum, sample) => sum + sample.value,
        0,
      );

    const draft = await givenDraftAgreement(t, manager);
    expect((await actOn(t, official, draft, 'approve')).status).toBe(409);
    expect((await actOn(t, manager, { ...draft, version: 7 }, 'submit')).status).toBe(409);
    expect((await actOn(t, manager, draft, 'submit')).status).toBe(200);

    const partnered = await givenPartneredAgreement(t, manager);
    const commitment = await givenCommitment(t, manager, partnered);
    const stale = { ...commitment, version: 9 };
    expect((await runOn(t, manager, stale, 'cancel', { reason: 'Dự án kết thúc' })).status).toBe(
      409,
    );

    const after = await scrape();
    const delta = (labels: Record<string, string>) => count(after, labels) - count(before, labels);
    expect({
      created: delta({ aggregate: 'agreement', command: 'create', outcome: 'ok' }),
      submitted: delta({ aggregate: 'agreement', command: 'submit', outcome: 'ok' }),
      refused: delta({
        aggregate: 'agreement',
        command: 'approve',
        outcome: 'rejected',
        code: 'TRANSITION_NOT_ALLOWED',
      }),
      stale: delta({
        aggregate: 'agreement',
        command: 'submit',
        outcome: 'conflict',
        code: 'CONCURRENCY_CONFLICT',
      }),
      planned: delta({ aggregate: 'commitment', command: 'plan', outcome: 'ok' }),
      staleCommitment: delta({ aggregate: 'commitment', command: 'cancel', outcome: 'conflict' }),
    }).toEqual({
      created: 2,
      submitted: 1,
      refused: 1,
      stale: 1,
      planned: 1,
      staleCommitment: 1,
    });
  });

  it('samples queue depth, integrity proof ages, the pool and the process on each scrape', async () => {
    const samples = await scrape();
    expect(find(samples, 'concordat_job_queue_depth', { state: 'queued' }).length).toBeGreaterThan(
      0,
    );
    // No background verification has run in this database yet.
    expect(find(samples, 'concordat_chain_verification_age_seconds')[0]?.value).toBe(Infinity);
    expect(
      find(samples, 'concordat_db_pool_connections', { state: 'total' })[0]?.value,
    ).toBeGreaterThan(0);
    expect(find(samples, 'process_cpu_user_seconds_total')).toHaveLength(1);
    expect(find(samples, 'nodejs_heap_size_used_bytes')).toHaveLength(1);

    const checkpoint = await t.request('POST', '/api/audit/checkpoints', { token: admin.token });
    expect(checkpoint.status).toBeLessThan(300);
    const age = find(await scrape(), 'concordat_checkpoint_age_seconds')[0]?.value;
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(60);
  });
});
