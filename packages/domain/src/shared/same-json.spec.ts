import { sameJson } from './same-json.js';

describe('sameJson', () => {
  it('ignores the order of object keys, at any depth', () => {
    expect(sameJson({ vi: 'Hà Nội', ja: '東京' }, { ja: '東京', vi: 'Hà Nội' })).toBe(true);
    expect(sameJson([{ a: 1, b: { c: 2, d: 3 } }], [{ b: { d: 3, c: 2 }, a: 1 }])).toBe(true);
  });

  it('still tells different values, array order and missing keys apart', () => {
    expect(sameJson({ vi: 'Hà Nội' }, { vi: 'Ha Noi' })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});
