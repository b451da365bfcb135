import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { appOptionsFromEnv } from '../config/app-options.js';
import { Clock } from '../platform/clock/clock.js';
import { createCheckpoint } from '../platform/event-store/checkpoint.js';
import { loadCheckpointSigner } from '../platform/event-store/signing-key.js';
import { withDatabase } from './with-database.js';

/**
 * `npm run checkpoint`: signs the event log's chain heads now, with the app's signing key
 * (CONCORDAT_SIGNING_KEY, else the key file). Run it from cron or a systemd timer for
 * periodic checkpoints; `POST /api/audit/checkpoints` does the same for an admin.
 */
async function main(): Promise<void> {
  const options = appOptionsFromEnv();
  const signer = loadCheckpointSigner(options);
  await withDatabase(options, async (dataSource: DataSource) => {
    const checkpoint = await dataSource.transaction((manager) =>
      createCheckpoint(manager, signer, new Clock().now()),
    );
    process.stdout.write(
      `Checkpoint ${checkpoint.id}: position ${checkpoint.position ?? 'none'}, global hash ${checkpoint.globalHash}, ${checkpoint.streamCount} streams, key ${checkpoint.keyId}\n`,
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Checkpoint failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
