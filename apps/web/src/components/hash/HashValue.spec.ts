import { afterEach, describe, expect, it, vi } from 'vitest';
import { managerRef } from '@/test/commitment-fixtures';
import { mountPage, settle } from '@/test/mount-page';
import HashValue from './HashValue.vue';

const HASH = 'ab'.repeat(32);

describe('a hash shown on one line', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('keeps the whole value in the text and the tooltip, and copies it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await mountPage(HashValue, {
      path: '/agreements',
      user: managerRef,
      props: { value: HASH, testId: 'some-hash' },
    });
    const code = document.querySelector('[data-testid="some-hash"]');
    expect(code?.textContent).toBe(HASH);
    expect(code?.getAttribute('title')).toBe(HASH);
    document.querySelector<HTMLElement>('[data-testid="hash-copy"]')?.click();
    await settle();
    expect(writeText).toHaveBeenCalledWith(HASH);
    expect(document.body.textContent).toContain('Copied');
  });
});
