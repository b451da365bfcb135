import {
  EMPTY_PARTICULARS_VIEW,
  type AgreementDetailView,
  type AgreementEventView,
  type AgreementView,
  type Page,
  type UserRef,
} from '@concordat/domain';

export const official: UserRef = {
  id: 'u-official',
  name: 'Nguyễn Văn An',
  email: 'official@concordat.demo',
  role: 'official',
};

export const auditor: UserRef = {
  id: 'u-auditor',
  name: 'Иван Петров',
  email: 'auditor@concordat.demo',
  role: 'auditor',
};

export function anAgreement(overrides: Partial<AgreementView> = {}): AgreementView {
  return {
    id: 'a-1',
    // As the api answers it: jsonb sorted the keys, titleLanguages keeps the order given.
    title: { ja: 'スポーツ協力に関する覚書', vi: 'Biên bản ghi nhớ hợp tác thể thao' },
    titleLanguages: ['vi', 'ja'],
    status: 'draft',
    step: 'editing',
    amendmentInProgress: null,
    type: 'mou',
    summary: null,
    ourOrganisation: 'Hiệp hội Thể thao Công an Nhân dân',
    partners: [{ name: '日本警察スポーツ協会', country: 'JP' }],
    startsOn: null,
    endsOn: null,
    version: 1,
    createdAt: '2026-11-20T08:30:00.000Z',
    updatedAt: '2026-11-21T09:45:00.000Z',
    createdBy: official,
    particulars: EMPTY_PARTICULARS_VIEW,
    ...overrides,
  };
}

export const manager: UserRef = {
  id: 'u-manager',
  name: 'Trần Thị Mai',
  email: 'manager@concordat.demo',
  role: 'manager',
};

/** The agreement as the single GET answers it, with what the caller may do next. */
export function aDetail(overrides: Partial<AgreementDetailView> = {}): AgreementDetailView {
  return {
    ...anAgreement(),
    allowedActions: [],
    text: { current: null, versions: [] },
    amendments: [],
    textInForce: null,
    ...overrides,
  };
}

export function aPage<T>(items: T[], total = items.length): Page<T> {
  return { items, total, page: 1, pageSize: 20 };
}

export function anEvent(overrides: Partial<AgreementEventView> = {}): AgreementEventView {
  return {
    position: '1',
    version: 1,
    type: 'AgreementDrafted',
    data: {},
    actor: official,
    occurredAt: '2026-11-20T08:30:00.000Z',
    ...overrides,
  };
}
