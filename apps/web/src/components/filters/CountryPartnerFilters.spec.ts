import { ElSelect } from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import { managerRef } from '@/test/commitment-fixtures';
import { mountPage, settle } from '@/test/mount-page';
import CountryPartnerFilters from './CountryPartnerFilters.vue';

const input = (testId: string) => {
  const element = document.querySelector(
    `[data-testid="${testId}"] input, input[data-testid="${testId}"]`,
  );
  if (!(element instanceof HTMLInputElement)) throw new Error(`no input ${testId}`);
  return element;
};

function type(element: HTMLInputElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input'));
}

async function open(props: Record<string, unknown> = {}) {
  const { wrapper } = await mountPage(CountryPartnerFilters, {
    path: '/agreements',
    user: managerRef,
    props,
  });
  return wrapper;
}

describe('the country and partner filters', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('sends the partner typed once typing stops, and a blank one as no filter', async () => {
    const wrapper = await open();
    const partner = input('filter-partner');
    type(partner, 'Hi');
    type(partner, 'Hiep hoi');
    expect(wrapper.emitted('update:partner')).toBeUndefined();
    await settle(400);
    expect(wrapper.emitted('update:partner')).toEqual([['Hiep hoi']]);
    type(partner, '   ');
    await settle(400);
    expect(wrapper.emitted('update:partner')?.at(-1)).toEqual([undefined]);
  });

  it('sends at once on Enter, without a second send after the pause', async () => {
    const wrapper = await open();
    const partner = input('filter-partner');
    type(partner, 'FAVIJA');
    partner.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(wrapper.emitted('update:partner')).toEqual([['FAVIJA']]);
    await settle(400);
    expect(wrapper.emitted('update:partner')).toEqual([['FAVIJA']]);
  });

  it('follows the URL when the user is not typing, and forgets a pending send on reset', async () => {
    const wrapper = await open({ partner: 'KSOC' });
    const partner = input('filter-partner');
    expect(partner.value).toBe('KSOC');
    await wrapper.setProps({ partner: 'FAVIJA' });
    expect(partner.value).toBe('FAVIJA');

    type(partner, 'Đại học');
    (wrapper.vm as unknown as { reset: () => void }).reset();
    await settle(400);
    expect(wrapper.emitted('update:partner')).toBeUndefined();
    expect(partner.value).toBe('');
  });

  it('keeps what the user is typing when the URL changes under it', async () => {
    const wrapper = await open({ partner: 'KSOC' });
    const partner = input('filter-partner');
    partner.focus();
    type(partner, 'KSO');
    await wrapper.setProps({ partner: 'FAVIJA' });
    expect(partner.value).toBe('KSO');
  });

  it('sends the country chosen, and none when cleared, under the page’s test ids', async () => {
    const wrapper = await open({ country: 'JP', testIdPrefix: 'dashboard-' });
    expect(document.querySelector('[data-testid="dashboard-filter-partner"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="dashboard-filter-country"]')).not.toBeNull();
    const select = wrapper.findComponent(ElSelect);
    select.vm.$emit('update:modelValue', 'VN');
    select.vm.$emit('update:modelValue', '');
    expect(wrapper.emitted('update:country')).toEqual([['VN'], [undefined]]);
  });
});
