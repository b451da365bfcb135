import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { appOptionsFromEnv } from '../config/app-options.js';
import { AgreementProjection } from '../modules/agreements/projections/agreement.projection.js';
import { AgreementParticularsProjection } from '../modules/agreements/projections/agreement-particulars.projection.js';
import { AgreementAmendmentsProjection } from '../modules/agreements/projections/agreement-amendments.projection.js';
import { AgreementReadModels } from '../modules/agreements/projections/agreement-read-models.js';
import { ApprovalProjection } from '../modules/approvals/infrastructure/approval.projection.js';
import { AgreementTextProjection } from '../modules/agreements/text/projections/agreement-text.projection.js';
import { rebuildAgreementsProjection } from '../modules/agreements/projections/rebuild-agreements-projection.js';
import { rebuildCommitmentsProjection } from '../modules/commitments/projections/rebuild-commitments-projection.js';
import { rebuildEventStreams } from '../platform/event-store/event-streams.js';
import { withDatabase } from './with-database.js';

/**
 * `npm run rebuild`: refolds every read model from the event log in one transaction, on the
 * database the app would use (DATABASE_URL, else the embedded cluster in the data folder;
 * stop the app first in that case, the cluster has one owner).
 */
async function main(): Promise<void> {
  await withDatabase(appOptionsFromEnv(), async (dataSource: DataSource) => {
    // One transaction: readers see the old rows until both rebuilds commit. Commitments
    // after agreements, since their rows reference the agreements'.
    const { outcome, commitments, streams } = await dataSource.transaction(async (manager) => ({
      outcome: await rebuildAgreementsProjection(
        manager,
        new AgreementReadModels(
          new AgreementProjection(),
          new AgreementParticularsProjection(),
          new ApprovalProjection(),
          new AgreementTextProjection(),
          new AgreementAmendmentsProjection(),
        ),
      ),
      commitments: await rebuildCommitmentsProjection(manager),
      // The audit search's map of streams to agreements.
      streams: await rebuildEventStreams(manager),
    }));
    process.stdout.write(
      `Rebuilt the agreements projection: ${outcome.agreements} agreements from ${outcome.events} events\n` +
        `Rebuilt the commitments projection: ${commitments.commitments} commitments from ${commitments.events} events\n` +
        `Rebuilt the event streams: ${streams.streams} streams\n`,
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Rebuild failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
