import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { aDiff, aRound } from '@/test/text-fixtures';
import { editableText, useAgreementTextStore } from './agreement-text.store';

describe('agreement text store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('loads the versions of an agreement', async () => {
    fakeApi({ 'GET /api/agreements/a-1/versions': { body: [aRound({ round: 1 }), aRound()] } });
    const store = useAgreementTextStore();
    await store.fetchVersions('a-1');
    expect(store.versions.map((version) => version.round)).toEqual([1, 2]);
    expect(store.versionsError).toBeNull();
  });

  it('keeps the newest diff asked for when an older answer arrives late', async () => {
    let releaseSlow: () => void = () => undefined;
    const newer = { ...aDiff(), summary: { added: 9, removed: 0, changed: 0, unchanged: 0 } };
    fakeApi({
      'GET /api/agreements/a-1/versions/1/diff/2': () =>
        new Promise((resolve) => {
          releaseSlow = () => resolve({ body: aDiff() });
        }),
      'GET /api/agreements/a-1/versions/2/diff/1': { body: newer },
    });
    const store = useAgreementTextStore();
    const slow = store.fetchDiff('a-1', 1, 2);
    await store.fetchDiff('a-1', 2, 1);
    releaseSlow();
    await slow;
    expect(store.diff?.summary.added).toBe(9);
    expect(store.diffLoading).toBe(false);
  });

  it('reports a failed diff and forgets the previous one', async () => {
    fakeApi({ 'GET /api/agreements/a-1/versions/1/diff/2': { body: aDiff() } });
    const store = useAgreementTextStore();
    await store.fetchDiff('a-1', 1, 2);
    await store.fetchDiff('a-1', 1, 7);
    expect(store.diff).toBeNull();
    expect(store.diffError).not.toBeNull();
  });

  it('turns a version into an editable text without numbers or reviews', () => {
    expect(editableText(aRound())).toEqual({
      languages: aRound().languages,
      clauses: aRound().clauses.map(({ key, title, text }) => ({ key, title, text })),
    });
  });
});
