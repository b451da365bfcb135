import { afterEach, describe, expect, it } from 'vitest';
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

async function open(user = managerRef) {
  const mounted = await mountPage(CommitmentsPanel, {
    path: '/agreements/a-1',
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
  });
});
