import { scriptRuns } from './script-runs.js';

describe('splitting text into runs by script', () => {
  it.each([
    ['Biên bản ghi nhớ', [['latin', 'Biên bản ghi nhớ']]],
    ['Меморандум — 2025', [['latin', 'Меморандум — 2025']]],
    ['ベトナム人民公安スポーツ協会', [['japanese', 'ベトナム人民公安スポーツ協会']]],
    [
      'ja: 協力の目的 vi: Mục đích',
      [
        ['latin', 'ja: '],
        ['japanese', '協力の目的 '],
        ['latin', 'vi: Mục đích'],
      ],
    ],
    [
      '2025年 FAVIJAとの覚書（案）',
      [
        ['latin', '2025'],
        ['japanese', '年 '],
        ['latin', 'FAVIJA'],
        ['japanese', 'との覚書（案）'],
      ],
    ],
    ['田中 健一, 代表', [['japanese', '田中 健一, 代表']]],
  ])('%s', (text, expected) => {
    expect(scriptRuns(text).map((run) => [run.script, run.text])).toEqual(expected);
  });

  it('keeps every character, in order', () => {
    const text = 'Trần Thị Bình · Иван Петров · 佐藤 花子 · 𠮷野家';
    expect(
      scriptRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
    expect(scriptRuns('𠮷野家')).toEqual([{ script: 'japanese', text: '𠮷野家' }]);
  });
});
