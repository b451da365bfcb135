import type { AgreementText } from '@concordat/domain';

/**
 * Demo agreement texts, vi and ja, both authentic, written from what a sports MoU between
 * a Vietnamese association and a Japanese one says: delegation exchanges, training camps,
 * annual friendly events. Clause keys stay the same across rounds, as the editor keeps them.
 */

const both = [
  { tag: 'vi', authentic: true },
  { tag: 'ja', authentic: true },
];

const purpose = {
  key: 'purpose',
  title: { vi: 'Mục đích hợp tác', ja: '協力の目的' },
  text: {
    vi: 'Hai bên hợp tác phát triển phong trào thể thao và tăng cường hiểu biết lẫn nhau giữa lực lượng Công an nhân dân Việt Nam và cảnh sát Nhật Bản, trên cơ sở bình đẳng và cùng có lợi.',
    ja: '両者は、平等と互恵に基づき、ベトナム人民公安と日本の警察とのスポーツ振興及び相互理解の増進のために協力する。',
  },
};

const delegations = {
  key: 'delegations',
  title: { vi: 'Trao đổi đoàn', ja: '代表団の相互派遣' },
  text: {
    vi: 'Mỗi năm hai bên trao đổi ít nhất một đoàn vận động viên, huấn luyện viên và chuyên gia; bên cử đoàn chịu chi phí đi lại, bên đón đoàn hỗ trợ thủ tục hành chính và ăn ở.',
    ja: '両者は、毎年少なくとも一回、選手、指導者及び専門家の代表団を相互に派遣する。渡航費は派遣側が負担し、受入側は行政手続き及び宿泊を支援する。',
  },
};

const camps = {
  key: 'training-camps',
  title: { vi: 'Tập huấn', ja: '合宿' },
  text: {
    vi: 'Phía Nhật Bản hỗ trợ tổ chức tập huấn cho Đội bóng bàn Công an nhân dân tại Nhật Bản; hai bên phối hợp phát triển karatedo, jujitsu và điền kinh.',
    ja: '日本側は、人民公安卓球チームの日本における合宿の実施を支援する。両者は、空手道、柔術及び陸上競技の振興に協力する。',
  },
};

const friendlies = {
  key: 'friendly-events',
  title: { vi: 'Giao hữu hằng năm', ja: '年次親善大会' },
  text: {
    vi: 'Hai bên luân phiên đăng cai các trận giao hữu bóng đá, bóng chuyền và karate hằng năm.',
    ja: '両者は、サッカー、バレーボール及び空手の親善試合を毎年交互に主催する。',
  },
};

const term = {
  key: 'term',
  title: { vi: 'Hiệu lực', ja: '有効期間' },
  text: {
    vi: 'Biên bản ghi nhớ có hiệu lực năm năm kể từ ngày ký, được lập bằng tiếng Việt và tiếng Nhật, hai văn bản có giá trị như nhau.',
    ja: '本覚書は、署名の日から五年間有効とし、ベトナム語及び日本語により作成され、両本文は等しく正文とする。',
  },
};

/** The FAVIJA MoU as we proposed it (round 1). */
export const FAVIJA_TEXT: AgreementText = {
  languages: both,
  clauses: [purpose, delegations, camps, friendlies, term],
};

/** FAVIJA's counter-proposal (round 2): camps dated 2025, scholarships added. */
export const FAVIJA_PARTNER_TEXT: AgreementText = {
  languages: both,
  clauses: [
    purpose,
    delegations,
    {
      ...camps,
      text: {
        vi: 'Phía Nhật Bản hỗ trợ tổ chức tập huấn cho Đội bóng bàn Công an nhân dân tại Nhật Bản trong năm 2025 và giới thiệu học bổng cho huấn luyện viên và vận động viên; hai bên phối hợp phát triển karatedo, jujitsu và điền kinh.',
        ja: '日本側は、2025年に人民公安卓球チームの日本における合宿の実施を支援し、指導者及び選手に奨学金を紹介する。両者は、空手道、柔術及び陸上競技の振興に協力する。',
      },
    },
    friendlies,
    term,
  ],
};

/** The 2027 exchange programme under negotiation: our draft, then FAVIJA's proposal. */
export const EXCHANGE_2027_TEXT: AgreementText = {
  languages: both,
  clauses: [
    {
      key: 'scope',
      title: { vi: 'Phạm vi', ja: '範囲' },
      text: {
        vi: 'Chương trình cụ thể hóa Biên bản ghi nhớ với FAVIJA cho năm 2027.',
        ja: '本計画は、FAVIJAとの覚書を2027年について具体化するものである。',
      },
    },
    {
      key: 'delegations',
      title: { vi: 'Đoàn sang Nhật Bản', ja: '訪日代表団' },
      text: {
        vi: 'Tháng 5 năm 2027, phía Việt Nam cử một đoàn 20 người gồm vận động viên bóng bàn và karate sang Nhật Bản trong mười ngày.',
        ja: '2027年5月、ベトナム側は卓球及び空手の選手を含む20名の代表団を10日間日本に派遣する。',
      },
    },
    {
      key: 'friendly-events',
      title: { vi: 'Giải giao hữu', ja: '親善大会' },
      text: {
        vi: 'Tháng 11 năm 2027, phía Việt Nam đăng cai giải giao hữu bóng đá tại Hà Nội.',
        ja: '2027年11月、ベトナム側はハノイにおいてサッカー親善大会を主催する。',
      },
    },
  ],
};

export const EXCHANGE_2027_PARTNER_TEXT: AgreementText = {
  ...EXCHANGE_2027_TEXT,
  clauses: EXCHANGE_2027_TEXT.clauses.map((clause) =>
    clause.key === 'delegations'
      ? {
          ...clause,
          text: {
            vi: 'Tháng 6 năm 2027, phía Việt Nam cử một đoàn 15 người gồm vận động viên bóng bàn và karate sang Nhật Bản trong bảy ngày.',
            ja: '2027年6月、ベトナム側は卓球及び空手の選手を含む15名の代表団を7日間日本に派遣する。',
          },
        }
      : clause,
  ),
};
