import type { CommitmentAgreementFacts, Party } from '@concordat/domain';
import type { EntityManager } from 'typeorm';

interface AgreementFactsRow {
  id: string;
  status: CommitmentAgreementFacts['status'];
  partners: Party[];
  starts_on: string | null;
  ends_on: string | null;
}

/**
 * What decide needs to know about a commitment's agreement, from its read model. The row
 * is locked FOR SHARE so the agreement cannot close between the check and the commit.
 */
export async function loadAgreementFacts(
  manager: EntityManager,
  agreementId: string,
): Promise<CommitmentAgreementFacts | undefined> {
  const [row] = await manager.query<AgreementFactsRow[]>(
    `SELECT id, status, partners, to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
            to_char(ends_on, 'YYYY-MM-DD') AS ends_on
       FROM agreements WHERE id = $1 FOR SHARE`,
    [agreementId],
  );
  if (row === undefined) return undefined;
  return {
    id: row.id,
    status: row.status,
    partners: row.partners.map((partner) => partner.name),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  };
}
