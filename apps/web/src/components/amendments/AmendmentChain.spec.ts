import type { AgreementDetailView, AmendmentView } from '@concordat/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { aDetail, anEvent, official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import AgreementPage from '@/views/agreements/detail/index.vue';

const FIRST: AmendmentView = {
  number: 1,
  status: 'in_force',
  reason: 'Thêm điều khoản trại hè',
  proposedBy: 'u-manager',
  proposedAt: '2025-06-02T08:00:00.000Z',
  effectiveOn: '2025-09-15',
  textHash: 'a1b2c3d4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcdef0',
  round: 3,
  baseRound: null,
  withdrawal: null,
};
const SECOND: AmendmentView = {
  number: 2,
  status: 'in_progress',
  reason: 'Điều chỉnh kinh phí',
  proposedBy: 'u-manager',
  proposedAt: '2026-02-01T08:00:00.000Z',
  effectiveOn: null,
  textHash: null,
  round: null,
  baseRound: 3,
  withdrawal: null,
};
const WITHDRAWN: AmendmentView = {
  number: 2,
  status: 'withdrawn',
  reason: 'Đổi địa điểm tập huấn',
  proposedBy: 'u-manager',
  proposedAt: '2025-11-02T08:00:00.000Z',
  effectiveOn: null,
  textHash: null,
  round: null,
  baseRound: null,
  withdrawal: {
    reason: 'The partner declined',
    by: 'u-official',
    byName: 'Nguyễn Văn An',
    at: '2025-12-01T10:00:00.000Z',
  },
};

/** In force with amendment 1; amendment 2 is negotiated, so the api's status is its. */
const AMENDING = aDetail({
  status: 'negotiation',
  step: 'in_round',
  amendmentInProgress: 2,
  amendments: [FIRST, SECOND],
});

const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

async function openWith(agreement: AgreementDetailView) {
  fakeApi({
    'GET /api/agreements/a-1': { body: agreement, headers: { ETag: `"${agreement.version}"` } },
    'GET /api/agreements/a-1/events': { body: [anEvent()] },
  });
  await mountPage(AgreementPage, { path: '/agreements/a-1', user: official, props: { id: 'a-1' } });
  await settle();
}

describe('the amendment chain', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows an agreement in force without amendments as version 1', async () => {
    await openWith(
      aDetail({ status: 'active', step: 'in_force', allowedActions: ['propose-amendment'] }),
    );
    expect(find('amendment-version')?.textContent).toContain('In force: text version 1');
    expect(find('amendment-chain')?.textContent).toContain('No amendments yet.');
    expect(document.body.textContent).toContain('Propose amendment');
  });

  it('lists the chain and says the agreement stays in force while an amendment runs', async () => {
    await openWith(AMENDING);
    expect(find('amendment-version')?.textContent).toContain('In force: text version 2');
    expect(find('amendment-version')?.textContent).toContain(
      'amendment 2 in progress (would become version 3)',
    );
    const first = find('amendment-1')?.textContent ?? '';
    expect(first).toContain('In force');
    expect(first).toContain('Thêm điều khoản trại hè');
    expect(first).toContain('in force from 2025-09-15');
    expect(first).toContain('a1b2c3d4e5f6');
    expect(find('amendment-2')?.textContent).toContain('In progress');
  });

  it('shows the agreement as active and in force, the amendment stage beside it', async () => {
    await openWith(AMENDING);
    const status = find('agreement-status')?.querySelector('.status__tag')?.textContent ?? '';
    expect(status).toContain('Active');
    expect(status).not.toContain('Negotiation');
    expect(find('amendment-stage')?.textContent).toContain('Amendment 2: Negotiation');
    // The page's stepper stands at "Active"; the amendment's own stepper at its negotiation.
    const hero = document.querySelector('.hero__progress');
    expect(hero?.querySelector('.el-step__head.is-finish')?.parentElement?.textContent).toContain(
      'Active',
    );
    const progress = find('amendment-progress');
    expect(progress?.getAttribute('aria-label')).toBe('Progress of amendment 2');
    expect(
      progress?.querySelector('.el-step__head.is-finish')?.parentElement?.textContent,
    ).toContain('Negotiation');
  });

  it('lists a withdrawn amendment, marked so, with who withdrew it, when and why', async () => {
    await openWith(aDetail({ status: 'active', step: 'in_force', amendments: [FIRST, WITHDRAWN] }));
    const withdrawn = find('amendment-2-withdrawn')?.textContent ?? '';
    expect(withdrawn).toContain('Withdrawn');
    expect(withdrawn).toContain('Đổi địa điểm tập huấn');
    expect(withdrawn).toContain('withdrawn by Nguyễn Văn An on');
    expect(withdrawn).toContain('The partner declined');
    // A withdrawn amendment never made a version: version 2 is in force, none running.
    expect(find('amendment-version')?.textContent?.trim()).toBe('In force: text version 2');
    expect(find('amendment-stage')).toBeNull();
  });

  it('is not shown before the first signature', async () => {
    await openWith(aDetail({ status: 'draft', step: 'editing' }));
    expect(find('amendment-chain')).toBeNull();
  });
});
