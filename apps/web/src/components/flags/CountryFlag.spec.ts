import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import PartnerLabel from '@/components/agreements/PartnerLabel.vue';
import { mountPage } from '@/test/mount-page';
import CountryFlag from './CountryFlag.vue';

/** No regional indicator symbols: they need an emoji font, and render as boxes without one. */
const EMOJI_FLAG = /[\u{1F1E6}-\u{1F1FF}]/u;

describe('country flags', () => {
  it('shows a bundled SVG flag for a frequent partner country, no emoji', () => {
    const wrapper = mount(CountryFlag, { props: { code: 'VN', label: 'Vietnam' } });
    const image = wrapper.find('img');
    expect(image.exists()).toBe(true);
    expect(image.attributes('src')).toMatch(/vn\.svg|^data:image\/svg\+xml/);
    expect(wrapper.attributes('role')).toBe('img');
    expect(wrapper.attributes('aria-label')).toBe('Vietnam');
    expect(wrapper.text()).not.toMatch(EMOJI_FLAG);
  });

  it('shows the country code in the flag box for a country without a bundled flag', () => {
    const wrapper = mount(CountryFlag, { props: { code: 'PE' } });
    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.text()).toBe('PE');
    expect(wrapper.attributes('aria-hidden')).toBe('true');
  });

  it('labels a partner with its flag image and country name in the UI language', async () => {
    const { wrapper } = await mountPage(PartnerLabel, {
      path: '/',
      user: null,
      props: { partner: { name: 'FAVIJA', country: 'JP' } },
      locale: 'vi',
    });
    expect(wrapper.find('[role="img"]').attributes('aria-label')).toBe('Nhật Bản');
    expect(wrapper.find('img').exists()).toBe(true);
    expect(wrapper.text()).not.toMatch(EMOJI_FLAG);
    wrapper.unmount();
  });
});
