import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { anAgreement, auditor } from '@/test/fixtures';
import { aCommitment, anOccurrence, managerRef, SCORECARD } from '@/test/commitment-fixtures';
import { mountPage, settle } from '@/test/mount-page';
import CommitmentsPanel from './CommitmentsPanel.vue';

const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

function routes(extra: Record<string, Parameters<typeof fakeApi>[0][string]> = {}) {
  return fakeApi({
    'GET /api/agreements/a-1/commitments': { body: [aCommitment()] },
    'GET /api/commitments/c-1': { body: aCommitment(), headers: { ETag: '"2"' } },
    'GET /api/agreements/a-1/commitments/scorecard': { body: SCORECARD },
    'GET /api/approvals/people': { body: [managerRef] },
    ...extra,
  });
}

async function open(user = managerRef, path = '/agreements/a-1') {
  const mounted = await mountPage(CommitmentsPanel, {
    path,
    user,
    props: { agreement: anAgreement({ partners: [{ name: 'FAVIJA', country: 'JP' }] }) },
  });
  await settle();
  return mounted;
}

describe('the commitments panel', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows each occurrence with its status, an overdue one highlighted, and the scorecard', async () => {
    routes();
    await open();
    const row = find('occurrence-2025-11-30');
    expect(row?.classList.contains('is-overdue')).toBe(true);
    expect(row?.textContent).toContain('Overdue');
    expect(find('scorecard-2025')?.textContent).toContain('2');
    expect(find('commitment-add')).not.toBeNull();
  });

  it('scrolls to and highlights the commitment a reminder links to', async () => {
    routes();
    const scrolled: Element[] = [];
    // jsdom lays nothing out, so it has no scrollIntoView: record who asks to be shown.
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    await open(managerRef, '/agreements/a-1?commitment=c-1#commitments');
    const commitment = find('commitment-c-1');
    expect(commitment?.classList.contains('is-focused')).toBe(true);
    expect(commitment?.getAttribute('aria-current')).toBe('true');
    expect(scrolled).toEqual([commitment]);
  });

  it('highlights nothing and stays put without a link to a commitment', async () => {
    routes();
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    await open();
    expect(find('commitment-c-1')?.classList.contains('is-focused')).toBe(false);
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('records an occurrence as fulfilled through its dialog, with the note typed', async () => {
    const api = routes({
      'POST /api/commitments/c-1/fulfil': {
        body: aCommitment({
          version: 3,
          occurrences: [
            anOccurrence({
              status: 'fulfilled',
              quantityDone: 12,
              allowedActions: ['add-evidence'],
            }),
          ],
        }),
        headers: { ETag: '"3"' },
      },
    });
    await open();
    // Outcomes are recorded from the row's "Record…" menu, next to the plain buttons.
    find('occurrence-record')?.click();
    await settle();
    expect(find('occurrence-2025-11-30')?.textContent).toContain('Partly fulfilled');
    find('occurrence-action-fulfil')?.click();
    await settle();
    // Element Plus puts the test id on the native textarea itself.
    const note = find('occurrence-note');
    if (!(note instanceof HTMLTextAreaElement)) throw new Error('no note field');
    note.value = 'Đã tập huấn tại Tokyo';
    note.dispatchEvent(new Event('input'));
    find('occurrence-submit')?.click();
    await settle();
    const request = api.requests.find((r) => r.url.endsWith('/fulfil'));
    expect(request?.body).toEqual({ periodKey: '2025-11-30', note: 'Đã tập huấn tại Tokyo' });
    expect(request?.headers.get('If-Match')).toBe('"2"');
    expect(find('occurrence-2025-11-30')?.textContent).toContain('Fulfilled');
    expect(find('occurrence-2025-11-30')?.textContent).toContain('12 of 12');
  });

  it('asks for a reason before waiving and sends nothing without one', async () => {
    const api = routes();
    await open();
    find('occurrence-record')?.click();
    await settle();
    find('occurrence-action-waive')?.click();
    await settle();
    find('occurrence-submit')?.click();
    await settle();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);
    expect(find('occurrence-dialog')?.textContent).toContain('Required');
  });

  it('offers an auditor no way to change anything', async () => {
    routes({
      'GET /api/commitments/c-1': {
        body: aCommitment({
          allowedActions: [],
          occurrences: [anOccurrence({ allowedActions: [] })],
        }),
      },
    });
    await open(auditor);
    expect(find('commitment-add')).toBeNull();
    expect(find('commitment-edit')).toBeNull();
    expect(document.querySelector('[data-testid^="occurrence-action-"]')).toBeNull();
    expect(find('occurrence-record')).toBeNull();
  });
});

describe('cancelling a commitment', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('needs a reason, then shows the commitment cancelled with it', async () => {
    const api = routes({
      'POST /api/commitments/c-1/cancel': {
        body: aCommitment({
          status: 'cancelled',
          cancelReason: 'Thay bằng chương trình 2026',
          allowedActions: [],
          occurrences: [anOccurrence({ allowedActions: [] })],
        }),
      },
    });
    await open();
    find('commitment-cancel')?.click();
    await settle();
    find('cancel-submit')?.click();
    await settle();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);
    const reason = find('cancel-reason');
    if (!(reason instanceof HTMLTextAreaElement)) throw new Error('no reason field');
    reason.value = 'Thay bằng chương trình 2026';
    reason.dispatchEvent(new Event('input'));
    find('cancel-submit')?.click();
    await settle();
    expect(api.requests.find((r) => r.url.endsWith('/cancel'))?.body).toEqual({
      reason: 'Thay bằng chương trình 2026',
    });
    expect(find('commitment-c-1')?.textContent).toContain('Cancelled: Thay bằng chương trình 2026');
    expect(find('commitment-cancel')).toBeNull();
  });
});

describe('planning a commitment', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('previews the next dates of the term and plans it with the title typed', async () => {
    const api = routes({
      'POST /api/agreements/a-1/commitments': {
        status: 201,
        body: aCommitment({ id: 'c-2', title: { vi: 'Trao đổi đoàn' } }),
        headers: { ETag: '"1"' },
      },
    });
    await mountPage(CommitmentsPanel, {
      path: '/agreements/a-1',
      user: managerRef,
      props: {
        agreement: anAgreement({
          partners: [{ name: 'FAVIJA', country: 'JP' }],
          startsOn: '2024-03-15',
          endsOn: '2026-03-14',
        }),
      },
    });
    await settle();
    find('commitment-add')?.click();
    await settle();
    expect(find('schedule-preview')?.textContent).toContain('1 October 2024');
    expect(find('schedule-preview')?.textContent).toContain('1 October 2025');
    // The term ends in March 2026: no October 2026.
    expect(find('schedule-preview')?.textContent).not.toContain('2026');
    const title = find('commitment-title-vi');
    if (!(title instanceof HTMLInputElement)) throw new Error('no vi title');
    title.value = 'Trao đổi đoàn';
    title.dispatchEvent(new Event('input'));
    find('commitment-save')?.click();
    await settle();
    const request = api.requests.find((r) => r.method === 'POST');
    expect(request?.body).toMatchObject({
      title: { vi: 'Trao đổi đoàn' },
      kind: 'delegation_exchange',
      owedBy: 'both',
      ownerId: managerRef.id,
      schedule: {
        kind: 'recurring',
        rrule: 'FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1',
        startsOn: null,
        endsOn: null,
      },
    });
    expect(request?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(find('commitment-c-2')).not.toBeNull();
  });
});
