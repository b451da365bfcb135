import type { UiLanguage } from '@concordat/domain';
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppI18n } from '@/i18n';
import DossierDownload from './DossierDownload.vue';

const find = <T extends HTMLElement>(testId: string) =>
  document.querySelector<T>(`[data-testid="${testId}"]`);

/** The panel alone: it needs no store or route, only the UI language. */
function open(locale: UiLanguage) {
  return mount(DossierDownload, {
    props: { agreementId: 'a-1' },
    attachTo: document.body,
    global: { plugins: [createAppI18n(locale)] },
  });
}

describe('the dossier download', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('offers the PDF in the UI language by default, labelled in that language', async () => {
    open('vi');
    const link = find<HTMLAnchorElement>('dossier-download');
    expect(link?.textContent).toBe('Tải hồ sơ (PDF)');
    expect(link?.getAttribute('href')).toBe('/api/agreements/a-1/dossier.pdf?lang=vi');
    expect(link?.hasAttribute('download')).toBe(true);
    expect(find<HTMLSelectElement>('dossier-language')?.value).toBe('vi');
  });

  it('downloads in the language the reader picks', async () => {
    const wrapper = open('en');
    await wrapper.find('[data-testid="dossier-language"]').setValue('ja');
    expect(find<HTMLAnchorElement>('dossier-download')?.getAttribute('href')).toBe(
      '/api/agreements/a-1/dossier.pdf?lang=ja',
    );
    const options = [...(find<HTMLSelectElement>('dossier-language')?.options ?? [])];
    expect(options.map((option) => option.text.trim())).toEqual([
      'English',
      'Tiếng Việt',
      'Русский',
      '日本語',
    ]);
  });
});
