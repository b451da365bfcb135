import type { SigningKeyView, VerificationView } from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { auditor } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import IntegrityPage from './index.vue';

const key: SigningKeyView = {
  algorithm: 'Ed25519',
  keyId: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  publicKeyPem:
    '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n',
};

const running: VerificationView = {
  id: 'v-1',
  status: 'running',
  requestedBy: { id: auditor.id, name: auditor.name },
  requestedAt: '2026-11-23T17:02:11.204Z',
  startedAt: '2026-11-23T17:02:11.950Z',
  finishedAt: null,
  eventsTotal: 2000,
  eventsChecked: 500,
  result: null,
  error: null,
};

const broken: VerificationView = {
  ...running,
  status: 'completed',
  finishedAt: '2026-11-23T17:02:40.118Z',
  eventsChecked: 311,
  result: {
    ok: false,
    eventsChecked: 311,
    streamsChecked: 19,
    checkpointsChecked: 12,
    firstBroken: {
      position: '311',
      streamId: '0b6f3c1e-58a4-4c1e-9d7e-2f6c0a9b1d42',
      version: 4,
      reason: 'event-hash-mismatch',
      detail: 'the event does not hash to its stored hash',
    },
  },
};

describe('integrity page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the signing key with its id, and how to verify an export offline', async () => {
    fakeApi({ 'GET /api/audit/signing-key': { body: key } });
    const { wrapper } = await mountPage(IntegrityPage, { path: '/audit/integrity', user: auditor });
    await settle();
    expect(wrapper.find('[data-testid="integrity-key"]').text()).toContain(key.keyId);
    expect(wrapper.find('[data-testid="signing-key-pem"]').text()).toContain('BEGIN PUBLIC KEY');
    expect(wrapper.find('[data-testid="integrity-offline"]').text()).toContain('npm run verify');
    wrapper.unmount();
  });

  it('starts a verification, shows its progress, then explains the first broken link', async () => {
    let polls = 0;
    const api = fakeApi({
      'GET /api/audit/signing-key': { body: key },
      'POST /api/audit/verifications': { status: 202, body: running },
      'GET /api/audit/verifications/v-1': () => {
        polls += 1;
        return { body: broken };
      },
    });
    const { wrapper } = await mountPage(IntegrityPage, { path: '/audit/integrity', user: auditor });
    await wrapper.find('[data-testid="verify-now"]').trigger('click');
    await settle();
    expect(wrapper.find('[data-testid="verify-progress"]').text()).toContain(
      '500 of 2,000 events checked',
    );

    await settle(1200);
    expect(polls).toBe(1);
    expect(wrapper.find('[data-testid="verify-progress"]').exists()).toBe(false);
    const result = wrapper.find('[data-testid="verify-result"]').text();
    expect(result).toContain('The history is broken');
    expect(wrapper.find('[data-testid="verify-broken"]').text()).toContain('it was edited');
    expect(wrapper.find('[data-testid="verify-broken"]').text()).toContain('Position 311');
    expect(api.requests.map((request) => `${request.method} ${request.url}`)).toContain(
      'POST /api/audit/verifications',
    );
    wrapper.unmount();
  });
});
