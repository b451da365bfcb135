import { describe, expect, it } from 'vitest';
import {
  emptyParticularsForm,
  toParticularsPayload,
  validateParticulars,
  withSignatories,
} from './particulars-form';

describe('particulars form', () => {
  it('sends on create only what was typed, the defaults left to the server', () => {
    const form = {
      ...emptyParticularsForm(1),
      responsibleUnit: 'Ban Hợp tác quốc tế',
      termMonths: '60',
    };
    expect(toParticularsPayload(form, 'create')).toEqual({
      responsibleUnit: 'Ban Hợp tác quốc tế',
      termMonths: 60,
    });
  });

  it('clears blank optional fields on edit and sends the rules', () => {
    const form = {
      ...emptyParticularsForm(0),
      effectiveRule: 'fixed' as const,
      fixedDate: '2027-01-01',
      renewalKind: 'automatic' as const,
      renewalMonths: '24',
      noticeDays: '180',
    };
    expect(toParticularsPayload(form, 'edit')).toEqual({
      responsibleUnit: null,
      ourCountry: null,
      ourSignatory: null,
      effectiveDateRule: { kind: 'fixed', date: '2027-01-01' },
      termMonths: null,
      renewalRule: { kind: 'automatic', months: 24, noticeDays: 180 },
      reviewLeadDays: 90,
    });
  });

  it('names the fields the shared schema refuses', () => {
    const form = {
      ...emptyParticularsForm(0),
      ourCountry: 'vn',
      termMonths: 'five',
      effectiveRule: 'fixed' as const,
      fixedDate: '',
    };
    expect(validateParticulars(form, 'create')).toEqual({
      ourCountry: 'signing.validation.country',
      termMonths: 'signing.validation.wholeNumber',
      fixedDate: 'signing.validation.date',
    });
  });

  it('puts each typed signatory on its partner, byte for byte', () => {
    const form = emptyParticularsForm(2);
    form.partnerSignatories[0] = { name: '田中 健一', title: '代表' };
    expect(
      withSignatories(
        [
          { name: 'FAVIJA', country: 'JP' },
          { name: 'Олимпийский комитет', country: 'RU', signatory: { name: 'Old', title: 'Old' } },
        ],
        form,
      ),
    ).toEqual([
      { name: 'FAVIJA', country: 'JP', signatory: { name: '田中 健一', title: '代表' } },
      { name: 'Олимпийский комитет', country: 'RU' },
    ]);
  });
});
