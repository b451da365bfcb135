import type { AgreementEvent } from './agreement.events.js';
import { DRAFTER, SAMPLE_TEXT, by, sample } from './agreement.fixtures.js';
import type { ExistingAgreementState } from './agreement.state.js';
import { decide } from './decide.js';
import { foldAgreement } from './evolve.js';
import { titleLanguagesOf } from './title-languages.js';

/** The drafted event as it comes back from the jsonb store: title keys sorted. */
function storedDrafted(): Extract<AgreementEvent, { type: 'AgreementDrafted' }> {
  const [drafted] = decide(sample('CreateDraftAgreement'), { status: 'none' }, by(DRAFTER));
  if (drafted?.type !== 'AgreementDrafted') throw new Error('expected AgreementDrafted');
  const { vi, ja } = drafted.data.title;
  return { ...drafted, data: { ...drafted.data, title: { ja: ja ?? '', vi: vi ?? '' } } };
}

/** The drafted payload as events stored before `titleLanguages` existed carry it. */
function olderDrafted() {
  const data: Partial<Extract<AgreementEvent, { type: 'AgreementDrafted' }>['data']> = {
    ...storedDrafted().data,
  };
  delete data.titleLanguages;
  return data as Extract<AgreementEvent, { type: 'AgreementDrafted' }>['data'];
}

function existing(events: AgreementEvent[]): ExistingAgreementState {
  const state = foldAgreement(events);
  if (state.status === 'none') throw new Error('expected an agreement');
  return state;
}

describe('titleLanguagesOf', () => {
  it('keeps the order the user gave the title in, which the stored payload loses', () => {
    const drafted = storedDrafted();
    expect(drafted.data.titleLanguages).toEqual(['vi', 'ja']);
    expect(titleLanguagesOf(existing([drafted]))).toEqual(['vi', 'ja']);
  });

  it('records the new order when an edit changes the title', () => {
    const state = existing([storedDrafted()]);
    const events = decide(
      {
        type: 'EditAgreementDetails',
        data: { title: { ru: 'Меморандум', vi: 'Biên bản ghi nhớ' } },
      },
      state,
      by(DRAFTER),
    );
    expect(events).toMatchObject([
      { type: 'AgreementDetailsEdited', data: { titleLanguages: ['ru', 'vi'] } },
    ]);
  });

  it('falls back to the text languages for events stored before the order was recorded', () => {
    const older = olderDrafted();
    const state = existing([
      { type: 'AgreementDrafted', data: older },
      { type: 'AgreementTextEdited', data: { text: SAMPLE_TEXT } },
    ]);
    expect(SAMPLE_TEXT.languages.map((language) => language.tag)).toEqual(['vi', 'ja']);
    expect(titleLanguagesOf(state)).toEqual(['vi', 'ja']);
  });

  it('falls back to alphabetical order without a text, never the stored key order', () => {
    const older = olderDrafted();
    const state = existing([
      { type: 'AgreementDrafted', data: { ...older, title: { vi: 'Biên bản', en: 'MoU' } } },
    ]);
    expect(titleLanguagesOf(state)).toEqual(['en', 'vi']);
  });
});
