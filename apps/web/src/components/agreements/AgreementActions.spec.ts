import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, type RecordedRequest } from '@/test/fake-api';
import { aDetail, anEvent, auditor, manager, official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import AgreementPage from '@/views/agreements/detail/index.vue';

const submitted = aDetail({
  status: 'draft',
  step: 'awaiting_approval',
  version: 2,
  createdBy: manager,
  allowedActions: ['approve', 'reject'],
});

const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

async function typeInto(testId: string, text: string): Promise<void> {
  const field = find(testId);
  const input = field?.matches('input, textarea')
    ? (field as HTMLInputElement)
    : field?.querySelector<HTMLInputElement>('input, textarea');
  if (!input) throw new Error(`no input ${testId}`);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await settle(10);
}

async function click(testId: string): Promise<void> {
  const element = find(testId);
  if (!element) throw new Error(`no ${testId}`);
  element.click();
  await settle();
}

function routes(overrides: Record<string, Parameters<typeof fakeApi>[0][string]> = {}) {
  return {
    'GET /api/agreements/a-1': { body: submitted, headers: { ETag: '"2"' } },
    'GET /api/agreements/a-1/events': { body: [anEvent()] },
    ...overrides,
  };
}

describe('the actions on the agreement page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows a button per allowed action, the main next step as primary', async () => {
    fakeApi(routes());
    const { wrapper } = await mountPage(AgreementPage, {
      path: '/agreements/a-1',
      user: official,
      props: { id: 'a-1' },
    });
    await settle();
    const approve = find('action-approve');
    const reject = find('action-reject');
    expect(approve?.textContent).toContain('Approve');
    expect(approve?.className).toContain('el-button--primary');
    expect(reject?.textContent).toContain('Return for changes');
    expect(reject?.className).not.toContain('el-button--primary');
    expect(find('action-submit')).toBeNull();
    wrapper.unmount();
  });

  it('shows no actions when the api allows none (an auditor)', async () => {
    fakeApi(routes({ 'GET /api/agreements/a-1': { body: { ...submitted, allowedActions: [] } } }));
    const { wrapper } = await mountPage(AgreementPage, {
      path: '/agreements/a-1',
      user: auditor,
      props: { id: 'a-1' },
    });
    await settle();
    expect(find('agreement-actions')).toBeNull();
    wrapper.unmount();
  });

  it('approves with a comment, sending If-Match and an Idempotency-Key, then shows the new step and history', async () => {
    const approved = aDetail({
      ...submitted,
      step: 'approved',
      version: 3,
      allowedActions: [],
    });
    let eventsServed = 0;
    const api = fakeApi(
      routes({
        'POST /api/agreements/a-1/approve': { body: approved, headers: { ETag: '"3"' } },
        'GET /api/agreements/a-1/events': () => {
          eventsServed += 1;
          return {
            body:
              eventsServed === 1
                ? [anEvent()]
                : [anEvent(), anEvent({ version: 3, type: 'DraftApproved', actor: official })],
          };
        },
      }),
    );
    const { wrapper } = await mountPage(AgreementPage, {
      path: '/agreements/a-1',
      user: official,
      props: { id: 'a-1' },
    });
    await settle();

    await click('action-approve');
    const dialog = find('action-dialog');
    expect(dialog).not.toBeNull();
    expect(find('action-comment')).not.toBeNull();
    expect(find('action-reason')).toBeNull();
    expect(find('action-date')).toBeNull();
    await typeInto('action-comment', 'Phù hợp với kế hoạch');
    await click('action-confirm');
    await settle();

    const post = api.requests.find((r) => r.method === 'POST') as RecordedRequest;
    expect(post.url).toBe('/api/agreements/a-1/approve');
    expect(post.body).toEqual({ comment: 'Phù hợp với kế hoạch' });
    expect(post.headers.get('If-Match')).toBe('"2"');
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(find('agreement-status')?.textContent).toContain('Approved');
    expect(find('action-approve')).toBeNull();
    const types = [...document.querySelectorAll('[data-testid="timeline-event"]')].map((e) =>
      e.getAttribute('data-event-type'),
    );
    expect(types).toEqual(['AgreementDrafted', 'DraftApproved']);
    wrapper.unmount();
  });

  it('will not return a draft without a comment: the shared schema says so before sending', async () => {
    const api = fakeApi(routes());
    const { wrapper } = await mountPage(AgreementPage, {
      path: '/agreements/a-1',
      user: official,
      props: { id: 'a-1' },
    });
    await settle();
    await click('action-reject');
    await click('action-confirm');
    expect(find('action-dialog')?.textContent).toContain('This field is required.');
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    wrapper.unmount();
  });

  it('on 409 says someone changed the agreement, and reloads it', async () => {
    const api = fakeApi(
      routes({
        'POST /api/agreements/a-1/approve': {
          status: 409,
          body: { status: 409, code: 'CONCURRENCY_CONFLICT', currentVersion: 3 },
        },
      }),
    );
    const { wrapper } = await mountPage(AgreementPage, {
      path: '/agreements/a-1',
      user: official,
      props: { id: 'a-1' },
    });
    await settle();
    const loadsBefore = api.requests.filter((r) => r.url === '/api/agreements/a-1').length;
    await click('action-approve');
    await click('action-confirm');
    await settle();
    expect(find('action-conflict')?.textContent).toContain('Someone changed this agreement');
    expect(api.requests.filter((r) => r.url === '/api/agreements/a-1').length).toBe(
      loadsBefore + 1,
    );
    expect(find('action-dialog')).toBeNull();
    wrapper.unmount();
  });

  it('reuses the Idempotency-Key when the same submission is retried after a network failure', async () => {
    let attempts = 0;
    const api = fakeApi(
      routes({
        'POST /api/agreements/a-1/reject': () => {
          attempts += 1;
          return attempts === 1
            ? { status: 503, body: { status: 503 } }
            : { body: { ...submitted, step: 'editing', version: 3, allowedActions: [] } };
        },
      }),
    );
    const { wrapper } = await mountPage(AgreementPage, {
      path: '/agreements/a-1',
      user: official,
      props: { id: 'a-1' },
    });
    await settle();
    await click('action-reject');
    await typeInto('action-comment', 'Thiếu đối tác');
    await click('action-confirm');
    expect(find('action-error')).not.toBeNull();
    await click('action-confirm');
    const posts = api.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]?.headers.get('Idempotency-Key')).toBe(posts[0]?.headers.get('Idempotency-Key'));
    expect(find('agreement-status')?.textContent).toContain('Editing');
    wrapper.unmount();
  });

  it('leaves recording signatures to the signing panel, not a generic dialog', async () => {
    fakeApi(
      routes({
        'GET /api/agreements/a-1': {
          body: aDetail({
            status: 'signing',
            step: 'collecting_signatures',
            allowedActions: ['sign', 'withdraw'],
          }),
        },
      }),
    );
    const { wrapper } = await mountPage(AgreementPage, {
      path: '/agreements/a-1',
      user: official,
      props: { id: 'a-1' },
    });
    await settle();
    expect(find('action-sign')).toBeNull();
    expect(find('action-withdraw')).not.toBeNull();
    expect(find('signing-panel')).not.toBeNull();
    wrapper.unmount();
  });
});
