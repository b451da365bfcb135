import type { ApprovalPolicyView, UserRef } from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { mountPage, settle } from '@/test/mount-page';
import PoliciesPage from './index.vue';

const admin: UserRef = { id: 'u-admin', name: 'Admin', email: 'admin@x.test', role: 'admin' };
const lan: UserRef = { id: 'u-lan', name: 'Nguyễn Thị Lan', email: 'lan@x.test', role: 'official' };
const duc: UserRef = { id: 'u-duc', name: 'Trần Minh Đức', email: 'duc@x.test', role: 'legal' };

/** A clearance policy saved before named approvers were checked: it names legal's Đức. */
const stalePolicy: ApprovalPolicyView = {
  agreementType: 'mou',
  purpose: 'clearance',
  steps: [
    {
      approvers: { kind: 'users', userIds: [lan.id, duc.id] },
      rule: { kind: 'all' },
      deadlineDays: 3,
    },
  ],
  reapproval: 'all',
  revision: 1,
  updatedAt: '2026-11-20T08:00:00.000Z',
  updatedBy: admin,
};

describe('approval policies page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  async function editingClearance(saveReply: Parameters<typeof fakeApi>[0][string]) {
    const api = fakeApi({
      'GET /api/approval-policies': { body: [stalePolicy] },
      'GET /api/approvals/people': { body: [admin, lan, duc] },
      'PUT /api/approval-policies/mou/clearance': saveReply,
    });
    const { wrapper } = await mountPage(PoliciesPage, {
      path: '/approvals/policies',
      user: admin,
      locale: 'en',
    });
    await settle();
    await wrapper.find('[data-testid="edit-mou-clearance"]').trigger('click');
    await settle();
    return { api, wrapper };
  }

  it('shows a named approver the server refuses on that step, by name', async () => {
    const { wrapper } = await editingClearance({
      status: 422,
      body: {
        type: 'about:blank',
        title: 'Unprocessable Content',
        status: 422,
        code: 'APPROVER_NOT_PERMITTED',
        detail: 'Step 1 names a user whose role (legal) may not ClearToSign',
        errors: [{ field: 'steps.0.approvers.userIds.1', message: 'Step 1 names a user' }],
      },
    });

    await wrapper.find('[data-testid="save-policy"]').trigger('click');
    await settle();

    const step = wrapper.find('[data-testid="policy-step-0"]');
    expect(step.find('[data-testid="step-users-error"]').text()).toBe(
      'Trần Minh Đức holds a role that may not approve this step.',
    );
    expect(step.find('[data-testid="step-users"]').classes()).toContain('is-invalid');
    wrapper.unmount();
  });

  it('sends the reapproval chosen for a clearance policy', async () => {
    const { api, wrapper } = await editingClearance({ body: { ...stalePolicy, revision: 2 } });

    await wrapper
      .find('[data-testid="policy-reapproval-choice"]')
      .findAll('input')
      .find((input) => input.attributes('value') === 'changed-clauses')
      ?.setValue(true);
    await wrapper.find('[data-testid="save-policy"]').trigger('click');
    await settle();

    const put = api.requests.find((request) => request.method === 'PUT');
    expect(put?.body).toMatchObject({ reapproval: 'changed-clauses' });
    wrapper.unmount();
  });
});
