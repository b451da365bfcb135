// The auditor answers "who approved the FAVIJA MoU, when, and can you prove the record is
// complete": from the Audit menu they pick the MoU in the audit log and filter its approval,
// read who approved it and when, download its PDF dossier from the agreement page, export
// its history as JSON Lines from the audit log, wait on the exports page for the export to
// finish, download the events and the manifest, and check them with the offline verifier,
// which passes them and then names the one line changed afterwards.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { apiClient } from './support/api.mjs';
import { messages } from './support/locales.mjs';
import { signIn } from './support/session.mjs';
import { browserSkip, useAppAndBrowser } from './support/suite.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const verifierCli = join(root, 'packages', 'verifier', 'dist', 'cli.js');
const audit = messages('en', 'audit');
const exportsText = messages('en', 'exports');
const MOU_TITLE = /Biên bản ghi nhớ hợp tác thể thao .* FAVIJA/;
/** The exports list names the MoU in one of its languages (the api gives no title order). */
const MOU_IN_ANY_LANGUAGE =
  /Biên bản ghi nhớ hợp tác thể thao .* FAVIJA|FAVIJAとのスポーツ交流協力/;

/** Runs the offline verifier as an outsider would; resolves with its exit code and report. */
function verify(eventsPath, manifestPath) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [verifierCli, eventsPath, manifestPath, '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve({ code, report: JSON.parse(stdout) });
      } catch {
        reject(new Error(`the verifier exited with ${code} without a report: ${stderr}`));
      }
    });
  });
}

/** Clicks what starts a download and keeps the file at `path`; returns its bytes. */
async function download(page, trigger, path) {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  await file.saveAs(path);
  return { bytes: readFileSync(path), name: file.suggestedFilename() };
}

describe('the auditor proves the FAVIJA MoU’s record', { skip: browserSkip() }, () => {
  const running = useAppAndBrowser();
  const folder = mkdtempSync(join(tmpdir(), 'concordat-auditor-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('finds who approved it, downloads its dossier and an export that verifies offline', async () => {
    const api = apiClient(running.app.baseUrl);
    const token = await api.tokenOf('auditor@concordat.demo');
    const found = await api.call(token, 'GET', '/api/agreements?partner=FAVIJA&status=active');
    const mou = found.items[0];
    assert.ok(mou, 'the demo has the FAVIJA MoU in force');
    const approvals = await api.call(
      token,
      'GET',
      `/api/audit/events?agreementId=${mou.id}&type=DraftApproved`,
    );
    const approval = approvals.items[0];
    assert.ok(approval, 'the demo MoU was approved');

    const auditor = await signIn(running.browser, running.app.baseUrl, 'auditor@concordat.demo');

    // One Audit entry in the menu opens the log, with its sections as tabs.
    await auditor.getByTestId('nav-audit').click();
    await auditor.waitForURL((url) => url.pathname === '/audit');
    assert.equal(await auditor.getByTestId('audit-tab-log').getAttribute('aria-current'), 'page');

    // The MoU from the agreement picker, then only its approval.
    await auditor.getByTestId('filter-agreement').click();
    await auditor.getByTestId('filter-agreement').locator('input').fill('FAVIJA');
    await auditor.getByRole('option', { name: MOU_TITLE }).click();
    await auditor.waitForURL((url) => url.searchParams.get('agreementId') === mou.id);
    await auditor.getByTestId('filter-types').click();
    await auditor.getByTestId('filter-types').locator('input').fill(audit.types.DraftApproved);
    await auditor.getByRole('option', { name: audit.types.DraftApproved, exact: true }).click();
    await auditor.keyboard.press('Escape');
    await auditor.waitForURL((url) => url.searchParams.getAll('type').includes('DraftApproved'));
    const rows = auditor.getByTestId('audit-table').locator('tbody tr');
    await auditor.waitForFunction(() => {
      const types = [...document.querySelectorAll('[data-testid="event-type"]')];
      return types.length === 1 && types[0].getAttribute('title') === 'DraftApproved';
    });
    const row = rows.first();
    assert.match(await row.textContent(), new RegExp(approval.actor.name));
    assert.equal(await row.locator('time').getAttribute('datetime'), approval.occurredAt);
    // The demo's approval was given by the official in person, not by a substitute.
    assert.equal(await row.getByTestId('on-behalf-of').count(), approval.onBehalfOf ? 1 : 0);

    // The PDF dossier, from the agreement page the filter links to.
    await auditor.getByTestId('audit-open-agreement').click();
    await auditor.waitForURL((url) => url.pathname === `/agreements/${mou.id}`);
    const dossier = await download(
      auditor,
      auditor.getByTestId('dossier-download'),
      join(folder, 'dossier.pdf'),
    );
    assert.match(dossier.name, /\.pdf$/);
    assert.equal(dossier.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    // Embedded Vietnamese and Japanese fonts: far more than an empty page.
    assert.ok(dossier.bytes.length > 20_000, `the dossier has ${dossier.bytes.length} bytes`);

    // Back to the MoU's history, and "Export…" from there.
    await auditor.getByTestId('agreement-audit-log').click();
    await auditor.waitForURL((url) => url.searchParams.get('agreementId') === mou.id);
    await auditor.getByTestId('audit-export').click();
    await auditor.waitForURL((url) => url.pathname === '/audit/exports');
    const dialog = auditor.getByTestId('export-dialog');
    await dialog.waitFor();
    assert.match(await auditor.getByTestId('export-dialog-filters').textContent(), MOU_TITLE);
    await auditor
      .getByTestId('export-formats')
      .getByText(exportsText.formats.jsonl, { exact: true })
      .click();
    await auditor.getByTestId('export-submit').click();
    await dialog.waitFor({ state: 'hidden' });

    // The new export is the first row; the page follows it until it has finished.
    const exportRow = auditor.getByTestId('exports-table').locator('tbody tr').first();
    assert.match(await exportRow.textContent(), MOU_IN_ANY_LANGUAGE);
    await exportRow
      .getByTestId('export-status')
      .getByText(exportsText.statuses.completed, { exact: true })
      .waitFor({ timeout: 60_000 });
    const eventsPath = join(folder, 'events.jsonl');
    const manifestPath = join(folder, 'manifest.json');
    await download(
      auditor,
      exportRow.getByTestId('export-download').filter({ hasText: 'events.jsonl' }),
      eventsPath,
    );
    await download(auditor, exportRow.getByTestId('export-manifest'), manifestPath);

    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    assert.equal(manifest.format, 'concordat-export-manifest-v1');
    assert.equal(manifest.scope, 'streams');
    assert.deepEqual(manifest.filters, { agreementId: mou.id });
    const lines = readFileSync(eventsPath, 'utf8').split('\n').slice(0, -1);
    const approvalLine = lines.findIndex((line) => JSON.parse(line).type === 'DraftApproved');
    assert.notEqual(approvalLine, -1, 'the export holds the approval the log showed');
    assert.equal(JSON.parse(lines[approvalLine]).actorId, approval.actor.id);

    const verified = await verify(eventsPath, manifestPath);
    assert.equal(verified.code, 0, JSON.stringify(verified.report.findings));
    assert.equal(verified.report.ok, true);
    assert.equal(verified.report.completeness, 'proven');
    assert.equal(verified.report.eventsChecked, manifest.rowCount);
    assert.equal(verified.report.eventsChecked, lines.length);

    // Someone edits the approval line afterwards: the verifier names that line.
    const edited = JSON.parse(lines[approvalLine]);
    edited.occurredAt = edited.occurredAt.replace(/^\d{4}/, (year) => String(Number(year) - 1));
    const tampered = lines.map((line, index) =>
      index === approvalLine ? JSON.stringify(edited) : line,
    );
    const tamperedPath = join(folder, 'events-edited.jsonl');
    writeFileSync(tamperedPath, `${tampered.join('\n')}\n`);
    const refused = await verify(tamperedPath, manifestPath);
    assert.equal(refused.code, 1);
    assert.equal(refused.report.ok, false);
    const [first] = refused.report.findings;
    assert.equal(first.code, 'line-modified');
    assert.equal(first.line, approvalLine + 1);
    await auditor.context().close();
  });
});
