import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ExportManifest, ExportView } from '@concordat/domain';
import { type VerificationReport, verifyExport } from '@concordat/verifier';
import type { SigningKeyView } from '../src/modules/audit/audit.controller.js';
import { RunExportJob } from '../src/modules/exports/jobs/run-export.job.js';
import { givenCommitment, givenPartneredAgreement } from './support/commitment-factories.js';
import { download, unzip, waitForExport } from './support/export-files.js';
import { actOn, type SignedIn, signedInAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const run = promisify(execFile);
/** The verifier's command line, built by the workspace's build (the repository's root). */
const CLI = fileURLToPath(new URL('../../../packages/verifier/dist/cli.js', import.meta.url));
const COMMENT = 'Đồng ý, согласовано, 承認します';

interface Exported {
  view: ExportView;
  manifest: ExportManifest;
  eventsPath: string;
  manifestPath: string;
}

/**
 * The api's real exports, downloaded as an auditor would, checked by the offline verifier
 * (packages/verifier, which shares no code with the api) through its library and its
 * command line: every scope the shared format names, then one changed line pinpointed.
 */
describe('exports checked by the offline verifier', () => {
  let t: TestApp;
  let auditor: SignedIn;
  let manager: SignedIn;
  let agreementId: string;
  let publicKeyPem: string;
  let keyPath: string;

  beforeAll(async () => {
    t = await startTestApp({ exports: { batchSize: 4 } });
    auditor = await signedInAs(t, 'auditor');
    manager = await signedInAs(t, 'manager');
    const admin = await signedInAs(t, 'admin');
    const agreement = await givenPartneredAgreement(t, manager);
    agreementId = agreement.id;
    await givenCommitment(t, manager, agreement);
    const other = await givenPartneredAgreement(t, manager);
    // A checkpoint in the middle, then more history of both agreements after it.
    expect((await t.request('POST', '/api/audit/checkpoints', { token: admin.token })).status).toBe(
      201,
    );
    const submitted = await actOn(t, manager, agreement, 'submit');
    expect(submitted.status).toBe(200);
    const official = await signedInAs(t, 'official');
    const approved = await actOn(t, official, submitted.json(), 'approve', { comment: COMMENT });
    expect(approved.status).toBe(200);
    expect((await actOn(t, manager, other, 'submit')).status).toBe(200);
    const key = await t.request('GET', '/api/audit/signing-key');
    publicKeyPem = key.json<SigningKeyView>().publicKeyPem;
    keyPath = join(mkdtempSync(join(tmpdir(), 'concordat-key-')), 'signing-key.pem');
    writeFileSync(keyPath, publicKeyPem);
  });
  afterAll(() => t.close());

  /** Runs an export to its end and writes its files and manifest into a new folder. */
  async function exported(body: object): Promise<Exported> {
    const created = await t.request('POST', '/api/exports', { token: auditor.token, body });
    expect(created.status).toBe(202);
    const id = created.json<ExportView>().id;
    await t.app.get(RunExportJob).run(id);
    const view = await waitForExport(t, auditor, id);
    expect(view.status).toBe('completed');
    const dir = mkdtempSync(join(tmpdir(), 'concordat-export-'));
    const manifestFile = await download(t, auditor, `/api/exports/${id}/manifest.json`);
    writeFileSync(join(dir, 'manifest.json'), manifestFile.bytes);
    for (const file of view.files) {
      const got = await download(t, auditor, `/api/exports/${id}/files/${file.name}`);
      expect(got.status).toBe(200);
      writeFileSync(join(dir, file.name), got.bytes);
    }
    return {
      view,
      manifest: JSON.parse(manifestFile.bytes.toString('utf8')) as ExportManifest,
      eventsPath: join(dir, 'events.jsonl'),
      manifestPath: join(dir, 'manifest.json'),
    };
  }

  async function verified(files: Exported): Promise<VerificationReport> {
    const report = await verifyExport({
      eventsPath: files.eventsPath,
      manifestPath: files.manifestPath,
      trustedPublicKeyPem: publicKeyPem,
    });
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checkpoint).toMatchObject({ trustedKey: true, signatureValid: true });
    expect(report.eventsChecked).toBe(files.manifest.rowCount);
    return report;
  }

  /** Changes the Vietnamese of one line; returns its 1-based line number. */
  function tamper(eventsPath: string): number {
    const lines = readFileSync(eventsPath, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.includes('Đồng ý'));
    expect(index).toBeGreaterThanOrEqual(0);
    lines[index] = (lines[index] ?? '').replace('Đồng ý', 'Không đồng ý');
    writeFileSync(eventsPath, lines.join('\n'));
    return index + 1;
  }

  it('the whole log (scope "log") verifies, complete from genesis to the head', async () => {
    const files = await exported({ format: 'jsonl', filters: {} });
    expect(files.manifest.scope).toBe('log');
    const report = await verified(files);
    expect(report.completeness).toBe('proven');
  });

  it('a period (scope "log") verifies: its range is its first and last exported positions', async () => {
    const { rows } = await t.sql.query<{ at: Date }>(
      `SELECT occurred_at AS at FROM events WHERE type = 'DraftApproved'`,
    );
    const from = rows[0]?.at.toISOString() ?? '';
    const files = await exported({ format: 'jsonl', filters: { from } });
    const lines = readFileSync(files.eventsPath, 'utf8').trimEnd().split('\n');
    const positions = lines.map((line) => (JSON.parse(line) as { position: string }).position);
    expect(files.manifest.range).toEqual({
      fromPosition: positions[0],
      toPosition: positions.at(-1),
    });
    await verified(files);
  });

  it('a period without events (scope "log") verifies as empty, both ends of its range null', async () => {
    const files = await exported({ format: 'jsonl', filters: { from: '2099-01-01T00:00:00Z' } });
    expect(files.manifest.rowCount).toBe(0);
    expect(files.manifest.range).toEqual({ fromPosition: null, toPosition: null });
    expect(readFileSync(files.eventsPath, 'utf8')).toBe('');
    await verified(files);
  });

  it('one agreement (scope "streams") verifies against the checkpoint heads', async () => {
    const files = await exported({ format: 'jsonl', filters: { agreementId } });
    expect(files.manifest.scope).toBe('streams');
    const report = await verified(files);
    expect(report.streams).toBe(2);
    expect(report.completeness).toBe('proven');
  });

  it('one person\'s events (scope "selection") verify line by line, completeness not claimed', async () => {
    const files = await exported({ format: 'jsonl', filters: { actorId: manager.user.id } });
    expect(files.manifest.scope).toBe('selection');
    const report = await verified(files);
    expect(report.completeness).toBe('not-provable');
    expect(report.notes.join(' ')).toContain('selection');
  });

  it('pinpoints the line of an agreement export whose Vietnamese was changed', async () => {
    const files = await exported({ format: 'jsonl', filters: { agreementId } });
    const line = tamper(files.eventsPath);
    const report = await verifyExport({
      eventsPath: files.eventsPath,
      manifestPath: files.manifestPath,
      trustedPublicKeyPem: publicKeyPem,
    });
    expect(report.ok).toBe(false);
    expect(report.findings[0]).toMatchObject({ code: 'line-modified', line });
    expect(report.findings.map((found) => found.code)).toContain('file-hash-mismatch');
  });

  it('the evidence pack, unzipped, verifies with the command line and the key kept from the api; a changed line fails it', async () => {
    const files = await exported({ format: 'evidence-pack', filters: { agreementId } });
    const zip = readFileSync(join(dirname(files.manifestPath), 'evidence-pack.zip'));
    const dir = mkdtempSync(join(tmpdir(), 'concordat-pack-'));
    for (const [name, bytes] of await unzip(zip)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const args = [CLI, 'events.jsonl', 'manifest.json', '--public-key', keyPath, '--json'];
    const options = { cwd: dir, env: { ...process.env, INIT_CWD: dir } };
    const passed = await run(process.execPath, args, options);
    const report = JSON.parse(passed.stdout) as VerificationReport;
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.scope).toBe('streams');
    // Every other file of the pack (the dossier, VERIFY.txt, attachments) was found and hashed.
    expect(report.notes.filter((note) => note.includes('not found'))).toEqual([]);

    const line = tamper(join(dir, 'events.jsonl'));
    // execFile rejects on a non-zero exit with the code and the output on the error.
    const failed = await run(process.execPath, args, options).then(
      () => null,
      (error: unknown) => error as { code: number; stdout: string },
    );
    expect(failed?.code).toBe(1);
    const broken = JSON.parse(failed?.stdout ?? '{}') as VerificationReport;
    expect(broken.ok).toBe(false);
    expect(broken.findings[0]).toMatchObject({ code: 'line-modified', line });
  });
});
