#!/usr/bin/env node
import { accessSync, constants, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatReport } from './report.js';
import { verifyExport } from './verify-export.js';

const USAGE = `Usage: npm run verify -- <events.jsonl> <manifest.json> [--public-key key.pem] [--json]

Checks a Concordat events export offline: the files' SHA-256, every hash link, the signed
checkpoint. Exit code 0 when the export verifies, 1 when it does not, 2 on a usage error.
  --public-key <file>  the signing public key (PEM) you trust; without it the key
                       inside the manifest is used, which proves less
  --json               print the report as JSON
`;

interface Arguments {
  eventsPath: string;
  manifestPath: string;
  publicKeyPath: string | null;
  json: boolean;
}

function parseArguments(argv: string[]): Arguments | string {
  const positional: string[] = [];
  let publicKeyPath: string | null = null;
  let json = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--json') json = true;
    else if (argument === '--public-key') {
      publicKeyPath = argv[index + 1] ?? null;
      if (publicKeyPath === null) return '--public-key needs a file';
      index += 1;
    } else if (argument === '--help' || argument === '-h') return '';
    else if (argument.startsWith('--')) return `unknown option ${argument}`;
    else positional.push(argument);
  }
  const [eventsPath, manifestPath] = positional;
  if (eventsPath === undefined || manifestPath === undefined || positional.length > 2) {
    return 'give the events file and the manifest, in that order';
  }
  return {
    eventsPath: fromCaller(eventsPath),
    manifestPath: fromCaller(manifestPath),
    publicKeyPath: publicKeyPath === null ? null : fromCaller(publicKeyPath),
    json,
  };
}

/** `npm run verify` runs in the repository root; paths are meant from where it was typed. */
function fromCaller(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

async function main(): Promise<number> {
  const parsed = parseArguments(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(parsed === '' ? USAGE : `${parsed}\n\n${USAGE}`);
    return 2;
  }
  let trustedPublicKeyPem: string | null = null;
  try {
    if (parsed.publicKeyPath !== null)
      trustedPublicKeyPem = readFileSync(parsed.publicKeyPath, 'utf8');
    // Only whether they can be opened: the events file may be far larger than memory.
    accessSync(parsed.manifestPath, constants.R_OK);
    accessSync(parsed.eventsPath, constants.R_OK);
  } catch (error) {
    process.stderr.write(
      `cannot read ${(error as { path?: string }).path ?? 'a file'}: ${(error as Error).message}\n`,
    );
    return 2;
  }
  const report = await verifyExport({
    eventsPath: parsed.eventsPath,
    manifestPath: parsed.manifestPath,
    trustedPublicKeyPem,
  });
  process.stdout.write(
    parsed.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, parsed.eventsPath),
  );
  return report.ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
