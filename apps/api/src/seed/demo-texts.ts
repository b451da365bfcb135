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

/**
 * The Jenys Judo Club – JUDOs MoU, ru and ja, both authentic: judo's development, coach
 * training, joint seminars and study visits to Japan, as the signing announcement states.
 */
export const JUDO_TEXT: AgreementText = {
  languages: [
    { tag: 'ru', authentic: true },
    { tag: 'ja', authentic: true },
  ],
  clauses: [
    {
      key: 'purpose',
      title: { ru: 'Цель сотрудничества', ja: '協力の目的' },
      text: {
        ru: 'Стороны сотрудничают в развитии дзюдо и укреплении профессиональных и культурных связей между Республикой Казахстан и Японией на основе философии и ценностей дзюдо.',
        ja: '両者は、柔道の哲学と価値観に基づき、柔道の発展並びにカザフスタン共和国と日本との専門的及び文化的な交流の強化のために協力する。',
      },
    },
    {
      key: 'coach-training',
      title: { ru: 'Подготовка тренеров', ja: '指導者の育成' },
      text: {
        ru: 'JUDOs Nonprofit Organization знакомит тренеров Jenys Judo Club с научными подходами, образовательными программами и современными методиками тренировки, принятыми в Японии.',
        ja: 'JUDOs Nonprofit Organizationは、Jenys Judo Clubの指導者に対し、日本で用いられている科学的な手法、教育プログラム及び最新の練習方法を紹介する。',
      },
    },
    {
      key: 'seminars',
      title: { ru: 'Совместные семинары', ja: '合同セミナー' },
      text: {
        ru: 'Стороны ежегодно проводят не менее одного совместного образовательного и практического семинара, поочерёдно в Казахстане и в Японии.',
        ja: '両者は、毎年少なくとも一回、教育的及び実践的な合同セミナーをカザフスタンと日本で交互に開催する。',
      },
    },
    {
      key: 'study-visits',
      title: { ru: 'Обучение в Японии', ja: '日本での研修' },
      text: {
        ru: 'JUDOs Nonprofit Organization содействует направлению казахстанских спортсменов и тренеров в Японию для обучения и повышения квалификации в профильных школах, университетах и Кодокане.',
        ja: 'JUDOs Nonprofit Organizationは、カザフスタンの選手及び指導者が日本の専門学校、大学及び講道館において研修を受け、資質を向上させるための派遣を支援する。',
      },
    },
    {
      key: 'judo-in-schools',
      title: { ru: 'Дзюдо в школах', ja: '学校における柔道' },
      text: {
        ru: 'Стороны поддерживают программу Judo in Schools, направленную на поэтапное внедрение дзюдо в общеобразовательных школах Казахстана.',
        ja: '両者は、カザフスタンの普通教育学校に柔道を段階的に導入するJudo in Schoolsプログラムを支援する。',
      },
    },
    {
      key: 'term',
      title: { ru: 'Срок действия', ja: '有効期間' },
      text: {
        ru: 'Меморандум вступает в силу с даты последней подписи и действует три года. Он составлен на русском и японском языках, оба текста имеют одинаковую силу.',
        ja: '本覚書は、最後の署名の日に効力を生じ、三年間有効とする。本覚書はロシア語及び日本語により作成され、両本文は等しく正文とする。',
      },
    },
  ],
};

/**
 * The mental coaching programme with the Embassy of Belgium and the Vietnam Olympic
 * Committee, vi and en, both authentic: the courses held in Hà Nội and Hồ Chí Minh City.
 */
export const MENTAL_COACHING_TEXT: AgreementText = {
  languages: [
    { tag: 'vi', authentic: true },
    { tag: 'en', authentic: true },
  ],
  clauses: [
    {
      key: 'purpose',
      title: { vi: 'Mục đích', en: 'Purpose' },
      text: {
        vi: 'Chương trình đào tạo kỹ thuật huấn luyện tinh thần cho huấn luyện viên các đội tuyển thể thao quốc gia, chuẩn bị cho các sự kiện thể thao quốc tế.',
        en: 'The programme trains the coaches of the national sports teams in mental coaching techniques, in preparation for international sports events.',
      },
    },
    {
      key: 'courses',
      title: { vi: 'Các khóa đào tạo', en: 'Courses' },
      text: {
        vi: 'Các khóa đào tạo được tổ chức tại Hà Nội ngày 8 tháng 5 và tại Thành phố Hồ Chí Minh ngày 11 tháng 5 năm 2024.',
        en: 'The courses are held in Hà Nội on 8 May and in Hồ Chí Minh City on 11 May 2024.',
      },
    },
    {
      key: 'responsibilities',
      title: { vi: 'Trách nhiệm của các bên', en: 'Responsibilities of the parties' },
      text: {
        vi: 'Đại sứ quán Bỉ cử chuyên gia giảng dạy; Ủy ban Olympic Việt Nam và Cục Thể dục Thể thao lựa chọn học viên, bố trí địa điểm và phiên dịch.',
        en: 'The Embassy of Belgium provides the trainers; the Vietnam Olympic Committee and the Vietnam Sports Administration select the participants and provide the venues and interpreting.',
      },
    },
    {
      key: 'term',
      title: { vi: 'Hiệu lực', en: 'Term' },
      text: {
        vi: 'Chương trình có hiệu lực đến hết ngày 31 tháng 12 năm 2026, được lập bằng tiếng Việt và tiếng Anh, hai văn bản có giá trị như nhau.',
        en: 'The programme remains in force until 31 December 2026. It is made in Vietnamese and English, both texts being equally authentic.',
      },
    },
  ],
};
