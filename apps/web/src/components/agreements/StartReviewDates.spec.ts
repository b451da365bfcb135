import { EMPTY_PARTICULARS_VIEW } from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { aDetail, official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import AgreementPage from '@/views/agreements/detail/index.vue';

const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

function anActiveAgreement(particulars: Partial<typeof EMPTY_PARTICULARS_VIEW>) {
  return aDetail({
    status: 'active',
    step: 'in_force',
    version: 9,
    allowedActions: ['start-review'],
    particulars: { ...EMPTY_PARTICULARS_VIEW, ...particulars },
  });
}

const MANAGERS = [
  { id: 'u-m1', name: 'Ольга Смирнова', email: 'olga@example.test', role: 'manager' },
  { id: 'u-o1', name: 'Nguyễn Thị Lan', email: 'lan@example.test', role: 'official' },
];

async function openStartReview(agreement: ReturnType<typeof aDetail>) {
  const api = fakeApi({
    'GET /api/agreements/a-1': { body: agreement, headers: { ETag: '"9"' } },
    'GET /api/agreements/a-1/events': { body: [] },
    'GET /api/approvals/people': { body: MANAGERS },
    'POST /api/agreements/a-1/start-review': {
      body: { ...agreement, status: 'review', step: 'under_review', version: 10 },
      headers: { ETag: '"10"' },
    },
  });
  await mountPage(AgreementPage, { path: '/agreements/a-1', user: official, props: { id: 'a-1' } });
  await settle();
  find('action-start-review')?.click();
  await settle();
  return api;
}

describe('the start-review dialog', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the expiry and the review due date signing computed, before the user confirms', async () => {
    await openStartReview(
      anActiveAgreement({ expiresOn: '2029-03-14', reviewDueOn: '2028-12-14', reviewLeadDays: 90 }),
    );
    expect(find('start-review-expires-on')?.textContent).toContain('14 March 2029');
    expect(find('start-review-due-on')?.textContent).toContain('14 December 2028');
    expect(find('start-review-due-on')?.textContent).toContain('90 days before expiry');
  });

  it('computes the due date as expiry minus the lead time when none was stored', async () => {
    await openStartReview(
      anActiveAgreement({ expiresOn: '2029-03-14', reviewDueOn: null, reviewLeadDays: 30 }),
    );
    expect(find('start-review-due-on')?.textContent).toContain('12 February 2029');
  });

  it('says there is no due date for an agreement without an expiry', async () => {
    await openStartReview(anActiveAgreement({ expiresOn: null, reviewDueOn: null }));
    expect(find('start-review-expires-on')?.textContent).toContain('No expiry date');
    expect(find('start-review-due-on')?.textContent).toContain('Not computed');
  });

  it('offers only managers as assignee and sends the one chosen', async () => {
    const api = await openStartReview(anActiveAgreement({ expiresOn: '2029-03-14' }));
    find('action-assignee')?.querySelector<HTMLElement>('.el-select__wrapper')?.click();
    await settle();
    const options = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')];
    expect(options.map((option) => option.textContent?.trim())).toEqual(['Ольга Смирнова']);
    options[0]?.click();
    await settle();
    find('action-confirm')?.click();
    await settle();
    const sent = api.requests.find((request) => request.method === 'POST');
    expect(sent?.body).toEqual({ assignee: 'u-m1' });
  });
});
