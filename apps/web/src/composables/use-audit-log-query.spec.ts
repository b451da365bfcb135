import { describe, expect, it } from 'vitest';
import { auditLogLocation, parseAuditLogQuery } from './use-audit-log-query';

const AGREEMENT = '0b6f3c1e-58a4-4c1e-9d7e-2f6c0a9b1d42';

describe('the audit log query in the URL', () => {
  it('keeps what the shared filter accepts and drops what it refuses', () => {
    expect(
      parseAuditLogQuery({
        agreementId: 'not-a-uuid',
        partner: 'FAVIJA',
        type: ['AgreementSigned', 'bad type', 'ClauseReviewed'],
        from: 'yesterday',
        to: '2027-01-01T00:00:00.000Z',
        order: 'sideways',
      }),
    ).toEqual({
      partner: 'FAVIJA',
      type: ['AgreementSigned', 'ClauseReviewed'],
      to: '2027-01-01T00:00:00.000Z',
      order: 'desc',
    });
  });

  it('writes back only what is set, a single type as a list', () => {
    const query = parseAuditLogQuery({
      agreementId: AGREEMENT,
      type: 'AgreementSigned',
      order: 'asc',
    });
    expect(auditLogLocation(query)).toEqual({
      agreementId: AGREEMENT,
      type: ['AgreementSigned'],
      order: 'asc',
    });
  });
});
