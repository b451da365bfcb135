import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fake-api';
import { anAgreement, official } from '@/test/fixtures';
import { mountPage, settle } from '@/test/mount-page';
import CreateDraftPage from './index.vue';

function errorTexts(root: Element): string[] {
  return [...root.querySelectorAll('.el-form-item__error')].map(
    (el) => el.textContent?.trim() ?? '',
  );
}

describe('create-draft page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the shared schema’s complaint at the title field and sends nothing', async () => {
    const api = fakeApi({});
    const { wrapper } = await mountPage(CreateDraftPage, {
      path: '/agreements/new',
      user: official,
    });
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(api.requests).toHaveLength(0);
    const titleItem = wrapper.find('[data-testid="title-text-0"]').element.closest('.el-form-item');
    expect(titleItem?.classList.contains('is-error')).toBe(true);
    expect(titleItem?.querySelector('.el-form-item__error')?.textContent).toContain(
      'This must not be blank.',
    );
    wrapper.unmount();
  });

  it('shows validation messages in the UI language', async () => {
    fakeApi({});
    const { wrapper } = await mountPage(CreateDraftPage, {
      path: '/agreements/new',
      user: official,
      locale: 'ja',
    });
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(errorTexts(wrapper.element)).toContain('空白のみの入力はできません。');
    wrapper.unmount();
  });

  it('maps the server’s problem+json field errors back to the fields', async () => {
    fakeApi({
      'POST /api/agreements': {
        status: 422,
        body: {
          status: 422,
          title: 'Invalid request',
          code: 'validation_failed',
          errors: [{ field: 'title.vi', message: 'must be at most 2000 characters' }],
        },
      },
    });
    const { wrapper } = await mountPage(CreateDraftPage, {
      path: '/agreements/new',
      user: official,
      locale: 'vi',
    });
    await wrapper.find('[data-testid="title-text-0"]').setValue('Biên bản ghi nhớ');
    await wrapper.find('form').trigger('submit');
    await settle();
    const titleItem = wrapper.find('[data-testid="title-text-0"]').element.closest('.el-form-item');
    expect(titleItem?.querySelector('.el-form-item__error')?.textContent).toContain(
      'must be at most 2000 characters',
    );
    wrapper.unmount();
  });

  it('sends the title exactly as typed and opens the new agreement', async () => {
    const typed = '  Biên bản ghi nhớ về hợp tác thể thao  ';
    const api = fakeApi({
      'POST /api/agreements': {
        status: 201,
        body: anAgreement({ id: 'a-42', title: { vi: typed } }),
      },
    });
    const { wrapper, router } = await mountPage(CreateDraftPage, {
      path: '/agreements/new',
      user: official,
      locale: 'vi',
    });
    await wrapper.find('[data-testid="title-text-0"]').setValue(typed);
    await wrapper.find('[data-testid="our-organisation"]').setValue('Hiệp hội Thể thao Công an');
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(api.requests[0]?.body).toEqual({
      title: { vi: typed },
      ourOrganisation: 'Hiệp hội Thể thao Công an',
    });
    // The agreement page is a lazy route: wait for its chunk.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/agreements/a-42'), {
      timeout: 5000,
    });
    wrapper.unmount();
  });
});
