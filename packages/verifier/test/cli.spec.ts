import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLog, rewrite, toJsonl, writeExport } from './export-fixture.js';

// The built command, as `npm run verify` runs it (the package's test script builds first).
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the verify command', () => {
  it('prints OK and exits 0 for a valid export', () => {
    const exported = writeExport(buildLog(), 'log');
    const result = run(exported.eventsPath, exported.manifestPath);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^OK: /);
    expect(result.stdout).toContain('10 events checked');
  });

  it('prints FAILED with the line and reason, and exits 1, for a modified line', () => {
    const exported = writeExport(buildLog(), 'log');
    const lines = exported.lines.map((line, index) =>
      index === 2 ? { ...line, payload: { note: 'edited' } } : line,
    );
    rewrite(exported, toJsonl(lines), { updateManifest: false });
    const result = run(exported.eventsPath, exported.manifestPath);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAILED: /);
    expect(result.stdout).toMatch(/line 3 +line-modified/);
    expect(result.stdout).toMatch(/file +file-hash-mismatch/);
  });

  it('reports a wrong trusted key, and prints JSON with --json', () => {
    const exported = writeExport(buildLog(), 'streams');
    const keyFile = join(exported.dir, 'other.pem');
    writeFileSync(
      keyFile,
      generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }),
    );
    const result = run(
      exported.eventsPath,
      exported.manifestPath,
      '--public-key',
      keyFile,
      '--json',
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; findings: Array<{ code: string }> };
    expect(report.ok).toBe(false);
    expect(report.findings.map((found) => found.code)).toEqual(['wrong-key']);
  });

  it('exits 2 with the usage on bad arguments or an unreadable file', () => {
    expect(run('only-one.jsonl').code).toBe(2);
    expect(run('a.jsonl', 'b.json', '--bogus').stderr).toContain('unknown option --bogus');
    const missing = run('/nonexistent/events.jsonl', '/nonexistent/manifest.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  });
});
