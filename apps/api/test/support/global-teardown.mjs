import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const started = globalThis.concordatTestServer;
  if (started === undefined) return;
  await started.server.stop();
  await rm(started.root, { recursive: true, force: true });
}
