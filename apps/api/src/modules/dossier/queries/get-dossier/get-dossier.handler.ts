import type { AgreementDetailView } from '@concordat/domain';
import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { GetAgreementQuery } from '../../../agreements/queries/get-agreement/get-agreement.query.js';
import { GetAgreementScorecardQuery } from '../../../commitments/queries/get-agreement-scorecard/get-agreement-scorecard.query.js';
import { ListAgreementCommitmentsQuery } from '../../../commitments/queries/list-agreement-commitments/list-agreement-commitments.query.js';
import type { DossierData } from '../../render/dossier-data.js';
import { approvalDecisions, clauseReviews, referencedUserIds } from './dossier-sections.js';
import { peopleById, readDossierTimeline } from './dossier-timeline.js';
import { GetDossierQuery } from './get-dossier.query.js';
import type { CheckpointRow } from '../../../../platform/event-store/checkpoint.js';

interface HeadRow {
  last_position: string | null;
  global_hash: string;
}
type CheckpointHeadRow = Pick<CheckpointRow, 'position' | 'global_hash' | 'key_id' | 'created_at'>;

/**
 * Gathers the dossier from the same queries the agreement page uses (so the PDF says what
 * the screen says) plus the log itself for the timeline, every approval run and every
 * clause verdict, and the chain head and latest signed checkpoint that anchor them.
 */
@QueryHandler(GetDossierQuery)
export class GetDossierHandler implements IQueryHandler<GetDossierQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute({ agreementId, actor }: GetDossierQuery): Promise<DossierData> {
    // First, so an unknown id is a 404 before anything else is read.
    const agreement: AgreementDetailView = await this.queries.execute(
      new GetAgreementQuery(agreementId, actor),
    );
    const manager = this.dataSource.manager;
    const [commitments, scorecard, timeline, heads, checkpoints, people] = await Promise.all([
      this.queries.execute(new ListAgreementCommitmentsQuery(agreementId)),
      this.queries.execute(new GetAgreementScorecardQuery(agreementId)),
      readDossierTimeline(manager, agreementId),
      manager.query<HeadRow[]>(
        `SELECT last_position::text AS last_position, global_hash FROM event_chain_head`,
      ),
      manager.query<CheckpointHeadRow[]>(
        `SELECT position::text AS position, global_hash, key_id, created_at
           FROM event_checkpoints ORDER BY id DESC LIMIT 1`,
      ),
      peopleById(manager, [actor.userId]),
    ]);
    const referenced = await peopleById(manager, referencedUserIds(timeline));
    const head = heads[0];
    const checkpoint = checkpoints[0];
    return {
      agreement,
      approvals: approvalDecisions(timeline, referenced),
      clauseReviews: clauseReviews(timeline),
      commitments: commitments.map((commitment) => ({
        title: commitment.title,
        kind: commitment.kind,
        owedBy: commitment.owedBy,
        status: commitment.status,
      })),
      scorecard: { periods: scorecard.periods, totals: scorecard.totals },
      timeline,
      chainHead:
        head === undefined || head.last_position === null
          ? null
          : { position: head.last_position, globalHash: head.global_hash },
      checkpoint:
        checkpoint === undefined
          ? null
          : {
              position: checkpoint.position,
              globalHash: checkpoint.global_hash,
              keyId: checkpoint.key_id,
              createdAt: checkpoint.created_at.toISOString(),
            },
      generatedAt: this.clock.now().toISOString(),
      generatedBy: people.get(actor.userId) ?? { name: actor.userId, email: '' },
    };
  }
}
