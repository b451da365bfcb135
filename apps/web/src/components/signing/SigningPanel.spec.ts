import {
  EMPTY_PARTICULARS_VIEW,
  type AgreementDetailView,
  type AgreementParticularsView,
} from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { aDetail, anEvent, auditor, official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import AgreementPage from '@/views/agreements/detail/index.vue';
import { todayIso } from './signature-form';

const TEXT_HASH = 'sha256:favija-2024-final-text';

function particulars(overrides: Partial<AgreementParticularsView> = {}): AgreementParticularsView {
  return {
    ...EMPTY_PARTICULARS_VIEW,
    termMonths: 60,
    textHash: TEXT_HASH,
    parties: [
      {
        key: 'ours',
        organisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
        country: 'VN',
        signatory: { name: 'Trần Minh Quang', title: 'Đại diện Hiệp hội' },
        signature: {
          party: 'ours',
          organisation: 'Hiệp hội Thể thao Công an nhân dân Việt Nam',
          signatoryName: 'Trần Minh Quang',
          signatoryTitle: 'Đại diện Hiệp hội',
          signedOn: '2024-03-15',
          place: 'Hà Nội',
          method: 'wet_ink',
          textHash: TEXT_HASH,
          scanAttachmentId: null,
          scanSha256: null,
        },
      },
      {
        key: 'partner-1',
        organisation: 'FAVIJA',
        country: 'JP',
        signatory: { name: '田中 健一', title: '代表' },
        signature: null,
      },
    ],
    ...overrides,
  };
}

const collecting: AgreementDetailView = aDetail({
  status: 'signing',
  step: 'collecting_signatures',
  version: 9,
  allowedActions: ['sign', 'withdraw'],
  particulars: particulars(),
});

const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

async function click(testId: string): Promise<void> {
  const element = find(testId);
  if (!element) throw new Error(`no ${testId}`);
  element.click();
  await settle();
}

async function typeInto(testId: string, text: string): Promise<void> {
  const field = find(testId);
  const input = field?.matches('input')
    ? (field as HTMLInputElement)
    : field?.querySelector('input');
  if (!input) throw new Error(`no input ${testId}`);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await settle(10);
}

async function openPage(user = official) {
  return mountPage(AgreementPage, { path: '/agreements/a-1', user, props: { id: 'a-1' } });
}

describe('the signing panel', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows every party signed or not and the hash of the text to be signed', async () => {
    fakeApi({
      'GET /api/agreements/a-1': { body: collecting, headers: { ETag: '"9"' } },
      'GET /api/agreements/a-1/events': { body: [anEvent()] },
    });
    const { wrapper } = await openPage();
    await settle();

    expect(find('signing-text-hash')?.textContent).toBe(TEXT_HASH);
    expect(find('signing-progress')?.textContent).toContain('1 of 2');
    expect(find('signing-party-ours')?.textContent).toContain('Trần Minh Quang');
    expect(find('signing-party-ours')?.textContent).toContain('Signed');
    expect(find('signing-party-partner-1')?.textContent).toContain('Not signed yet');
    expect(find('sign-ours')).toBeNull();
    expect(find('sign-partner-1')).not.toBeNull();
    wrapper.unmount();
  });

  it('offers no signature form to a role that may not sign', async () => {
    fakeApi({
      'GET /api/agreements/a-1': { body: { ...collecting, allowedActions: [] } },
      'GET /api/agreements/a-1/events': { body: [] },
    });
    const { wrapper } = await openPage(auditor);
    await settle();

    expect(find('signing-panel')).not.toBeNull();
    expect(find('sign-partner-1')).toBeNull();
    wrapper.unmount();
  });

  it("records the partner's signature as typed, with the frozen text hash and If-Match", async () => {
    const signedAll = aDetail({
      ...collecting,
      status: 'active',
      step: 'in_force',
      version: 11,
      allowedActions: [],
      particulars: particulars({
        effectiveOn: '2024-03-15',
        expiresOn: '2029-03-15',
        reviewDueOn: '2028-12-15',
      }),
    });
    const api = fakeApi({
      'GET /api/agreements/a-1': { body: collecting, headers: { ETag: '"9"' } },
      'GET /api/agreements/a-1/events': { body: [anEvent()] },
      'POST /api/agreements/a-1/sign': { body: signedAll, headers: { ETag: '"11"' } },
    });
    const { wrapper } = await openPage();
    await settle();

    await click('sign-partner-1');
    // Prefilled from the party's signatory; the place is typed.
    const name = find('signature-name');
    const nameInput = name?.matches('input')
      ? (name as HTMLInputElement)
      : name?.querySelector('input');
    expect(nameInput?.value).toBe('田中 健一');
    await typeInto('signature-place', '東京都 千代田区');
    await click('signature-submit');

    const post = api.requests.find((request) => request.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"9"');
    expect(post?.body).toEqual({
      party: 'partner-1',
      signatoryName: '田中 健一',
      signatoryTitle: '代表',
      // Today, as the form proposes it.
      signedOn: todayIso(),
      place: '東京都 千代田区',
      method: 'wet_ink',
      textHash: TEXT_HASH,
    });
    expect(find('agreement-status')?.textContent).toContain('In force');
    expect(find('particulars-expires-on')?.textContent).toContain('2029');
    wrapper.unmount();
  });

  it('sends nothing while a required field is blank', async () => {
    const api = fakeApi({
      'GET /api/agreements/a-1': { body: collecting, headers: { ETag: '"9"' } },
      'GET /api/agreements/a-1/events': { body: [] },
    });
    const { wrapper } = await openPage();
    await settle();

    await click('sign-partner-1');
    await click('signature-submit');

    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
    expect(find('signature-form')?.textContent).toContain('Required');
    wrapper.unmount();
  });
});
