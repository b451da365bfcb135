import { describe, expect, it } from 'vitest';
import { fieldsFor, toActionPayload, validateAction } from './action-form';

describe('action form', () => {
  it.each([
    ['SubmitForApproval', []],
    ['ApproveDraft', ['comment:action-comment']],
    ['ReturnDraftForChanges', ['comment:action-comment!']],
    ['FinaliseText', ['textHash:action-text-hash']],
    ['RenewAgreement', ['months:action-months', 'endsOn:action-date', 'comment:action-comment']],
    ['TerminateAgreement', ['reason:action-reason!', 'terminatedOn:action-date!']],
    ['WithdrawAgreement', ['reason:action-reason!']],
  ] as const)('%s asks exactly for %j (! = required)', (command, expected) => {
    expect(fieldsFor(command).map((f) => `${f.name}:${f.testId}${f.required ? '!' : ''}`)).toEqual(
      expected,
    );
  });

  it('gives the edit form its simple fields, each date with its own test id', () => {
    expect(fieldsFor('EditAgreementDetails').map((f) => f.testId)).toEqual([
      'action-type',
      'action-our-organisation',
      'action-starts-on',
      'action-ends-on',
    ]);
  });

  it('leaves blank optional fields out and sends required ones as typed', () => {
    const fields = fieldsFor('RenewAgreement');
    expect(toActionPayload(fields, { endsOn: '2034-01-01', comment: '' })).toEqual({
      endsOn: '2034-01-01',
    });
  });

  it('sends the months of a renewal as a number, and refuses a count that is not one', () => {
    const fields = fieldsFor('RenewAgreement');
    expect(
      validateAction('RenewAgreement', fields, { months: '24', endsOn: '', comment: '' }),
    ).toEqual({
      ok: true,
      payload: { months: 24 },
    });
    const refused = validateAction('RenewAgreement', fields, {
      months: 'two',
      endsOn: '',
      comment: '',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(Object.keys(refused.errors)).toEqual(['months']);
  });

  it('validates with the shared schema: a blank reason and a missing date are refused', () => {
    const result = validateAction('TerminateAgreement', fieldsFor('TerminateAgreement'), {
      reason: '   ',
      terminatedOn: '',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['reason', 'terminatedOn']);
  });

  it('refuses an edit that changes nothing', () => {
    const fields = fieldsFor('EditAgreementDetails');
    const result = validateAction('EditAgreementDetails', fields, {
      type: '',
      ourOrganisation: '',
      startsOn: '',
      endsOn: '',
    });
    expect(result).toEqual({
      ok: false,
      errors: { form: { key: 'agreements.actions.nothingChanged' } },
    });
  });
});
