import type { AgreementText } from '@concordat/domain';

/**
 * A vi/ja text, both authentic, for tests. The Vietnamese is in NFC and the Japanese mixes
 * kanji, kana and full-width punctuation, so byte-exact round trips are really tested.
 */
const PURPOSE = {
  key: 'purpose',
  title: { vi: 'Mục đích', ja: '目的' },
  text: {
    vi: 'Hai bên hợp tác phát triển thể thao trên cơ sở bình đẳng và cùng có lợi.',
    ja: '両者は、平等と互恵に基づきスポーツの発展に協力する。',
  },
};

export const SAMPLE_TEXT: AgreementText = {
  languages: [
    { tag: 'vi', authentic: true },
    { tag: 'ja', authentic: true },
  ],
  clauses: [
    PURPOSE,
    {
      key: 'delegations',
      title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
      text: {
        vi: 'Hai bên trao đổi đoàn vận động viên và huấn luyện viên mỗi năm một lần.',
        ja: '両者は、年に一度、選手と指導者の代表団を交流させる。',
      },
    },
  ],
};

/** The partner's counter-proposal: clause 2 twice a year instead of once, a new clause 3. */
export const PARTNER_TEXT: AgreementText = {
  ...SAMPLE_TEXT,
  clauses: [
    PURPOSE,
    {
      key: 'delegations',
      title: { vi: 'Trao đổi đoàn', ja: '代表団の交流' },
      text: {
        vi: 'Hai bên trao đổi đoàn vận động viên và huấn luyện viên mỗi năm hai lần.',
        ja: '両者は、年に二度、選手と指導者の代表団を交流させる。',
      },
    },
    {
      key: 'camps',
      title: { vi: 'Tập huấn', ja: '合宿' },
      text: {
        vi: 'Phía Nhật Bản hỗ trợ tổ chức tập huấn cho đội bóng bàn.',
        ja: '日本側は卓球チームの合宿の実施を支援する。',
      },
    },
  ],
};
