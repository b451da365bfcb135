import 'reflect-metadata';
import { createApp } from './app.js';
import { appOptionsFromEnv } from './config/app-options.js';
import { DEMO_PASSWORD, type DemoUser } from './seed/demo-users.js';

const DEFAULT_PORT = 3000;

async function main(): Promise<void> {
  const options = appOptionsFromEnv();
  const { app, demoUsers } = await createApp(options);
  // On SIGINT/SIGTERM Nest closes HTTP, then our hook closes the pool and stops the
  // embedded PostgreSQL; process.exit lets pino flush before the process ends.
  app.enableShutdownHooks(['SIGINT', 'SIGTERM'], { useProcessExit: true });
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const host = process.env.HOST ?? '0.0.0.0';
  await app.listen({ port, host });
  process.stdout.write(banner(port, demoUsers));
}

function banner(port: number, demoUsers: DemoUser[]): string {
  const lines = [
    '',
    `  Concordat is running at http://localhost:${port}`,
    `  API docs: http://localhost:${port}/api/docs`,
  ];
  if (demoUsers.length > 0) {
    lines.push('', `  Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const user of demoUsers)
      lines.push(`    ${user.role.padEnd(9)} ${user.email}  (${user.name})`);
  }
  return `${lines.join('\n')}\n\n`;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Concordat failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
