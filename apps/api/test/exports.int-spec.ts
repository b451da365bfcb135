import { verify } from 'node:crypto';
import type { ExportManifest, ExportView } from '@concordat/domain';
import canonicalize from 'canonicalize';
import ExcelJS from 'exceljs';
import { RunExportJob } from '../src/modules/exports/jobs/run-export.job.js';
import { checkpointText, streamsDigest } from '../src/platform/event-store/checkpoint.js';
import {
  eventHash,
  GENESIS_HASH,
  globalEventHash,
} from '../src/platform/event-store/event-hash.js';
import { givenCommitment, givenPartneredAgreement } from './support/commitment-factories.js';
import { download, parseCsv, sha256, unzip, waitForExport } from './support/export-files.js';
import { actOn, signedInAs, type SignedIn } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface JsonlLine {
  position: string;
  streamId: string;
  version: number;
  type: string;
  payload: unknown;
  actorId: string;
  occurredAt: string;
  previousHash: string;
  hash: string;
  previousGlobalHash: string;
  globalHash: string;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('exports: every format round trips, with Vietnamese, Russian and Japanese', () => {
  let t: TestApp;
  let auditor: SignedIn;
  let manager: SignedIn;
  let official: SignedIn;
  let agreementId: string;
  let commitmentId: string;
  const evidenceBytes = Buffer.from('出席者名簿 — Danh sách tham dự — Список участников\n');

  beforeAll(async () => {
    t = await startTestApp({ exports: { batchSize: 3 } });
    auditor = await signedInAs(t, 'auditor');
    manager = await signedInAs(t, 'manager');
    const admin = await signedInAs(t, 'admin');
    const agreement = await givenPartneredAgreement(t, manager);
    agreementId = agreement.id;
    const commitment = await givenCommitment(t, manager, agreement);
    commitmentId = commitment.id;
    const form = new FormData();
    form.append('periodKey', '2024-10-01');
    form.append('note', 'Danh sách ký tên, "đã xác nhận"');
    form.append('file', new Blob([evidenceBytes], { type: 'text/plain' }), '出席者名簿.txt');
    const evidence = await fetch(`${t.baseUrl}/api/commitments/${commitment.id}/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager.token}`, 'if-match': '"1"' },
      body: form,
    });
    expect(evidence.status).toBe(200);
    // A checkpoint in the middle of the history, then more history after it.
    expect((await t.request('POST', '/api/audit/checkpoints', { token: admin.token })).status).toBe(
      201,
    );
    const submitted = await actOn(t, manager, agreement, 'submit');
    expect(submitted.status).toBe(200);
    official = await signedInAs(t, 'official');
    const approved = await actOn(t, official, submitted.json(), 'approve', {
      comment: 'Đồng ý, согласовано, "承認します"',
    });
    expect(approved.status).toBe(200);
  });
  afterAll(() => t.close());

  async function exported(
    body: object,
    as: SignedIn = auditor,
  ): Promise<{ view: ExportView; manifest: ExportManifest; files: Map<string, Buffer> }> {
    const created = await t.request('POST', '/api/exports', { token: as.token, body });
    expect(created.status).toBe(202);
    const id = created.json<ExportView>().id;
    expect(created.headers.location).toBe(`/api/exports/${id}`);
    await t.app.get(RunExportJob).run(id);
    const view = await waitForExport(t, as, id);
    expect(view.status).toBe('completed');
    const manifestFile = await download(t, as, `/api/exports/${id}/manifest.json`);
    expect(manifestFile.status).toBe(200);
    const manifest = JSON.parse(manifestFile.bytes.toString('utf8')) as ExportManifest;
    const files = new Map<string, Buffer>();
    for (const file of view.files) {
      const got = await download(t, as, `/api/exports/${id}/files/${file.name}`);
      expect(got.status).toBe(200);
      expect(got.headers.get('x-content-sha256')).toBe(file.sha256);
      expect(sha256(got.bytes)).toBe(file.sha256);
      expect(got.bytes.length).toBe(file.bytes);
      files.set(file.name, got.bytes);
    }
    expect(manifest.files).toEqual(view.files);
    return { view, manifest, files };
  }

  /** The agreement's and its commitment's events in position order, as stored. */
  async function storedEvents() {
    const { rows } = await t.sql.query<{ position: string; hash: string; global_hash: string }>(
      `SELECT position::text AS position, hash, global_hash FROM events
        WHERE stream_id IN ($1, $2) ORDER BY position`,
      [agreementId, commitmentId],
    );
    return rows;
  }

  function checkLines(text: string): JsonlLine[] {
    expect(text.endsWith('\n')).toBe(true);
    return text
      .slice(0, -1)
      .split('\n')
      .map((line) => {
        const parsed = JSON.parse(line) as JsonlLine;
        // Each line is the RFC 8785 form of itself, and every hash recomputes.
        expect(canonicalize(parsed)).toBe(line);
        const { streamId, version, type, payload, actorId, occurredAt } = parsed;
        expect(
          eventHash(parsed.previousHash, { streamId, version, type, payload, actorId, occurredAt }),
        ).toBe(parsed.hash);
        expect(globalEventHash(parsed.previousGlobalHash, parsed.hash)).toBe(parsed.globalHash);
        return parsed;
      });
  }

  function checkSignature(manifest: ExportManifest): void {
    const checkpoint = manifest.checkpoint;
    if (checkpoint === null) throw new Error('the manifest has no checkpoint');
    expect(manifest.publicKey.keyId).toBe(checkpoint.keyId);
    const valid = verify(
      null,
      Buffer.from(checkpointText(checkpoint), 'utf8'),
      manifest.publicKey.publicKeyPem,
      Buffer.from(checkpoint.signature, 'base64'),
    );
    expect(valid).toBe(true);
  }

  it('jsonl of one agreement: its streams from version 1, every hash recomputes, the checkpoint heads digest', async () => {
    const { manifest, files } = await exported({ format: 'jsonl', filters: { agreementId } });
    const lines = checkLines(files.get('events.jsonl')?.toString('utf8') ?? '');
    const stored = await storedEvents();
    expect(lines.map((line) => line.position)).toEqual(stored.map((row) => row.position));
    expect(lines.map((line) => line.globalHash)).toEqual(stored.map((row) => row.global_hash));
    expect(JSON.stringify(lines)).toContain('Меморандум о спортивном сотрудничестве');
    expect(JSON.stringify(lines)).toContain('スポーツ協力覚書');
    expect(manifest.scope).toBe('streams');
    expect(manifest.rowCount).toBe(lines.length);
    expect(manifest.streams?.map((s) => s.streamId).sort()).toEqual(
      [agreementId, commitmentId].sort(),
    );
    for (const stream of manifest.streams ?? []) {
      const own = lines.filter((line) => line.streamId === stream.streamId);
      expect(own.map((line) => line.version)).toEqual(own.map((_, i) => i + 1));
      expect(own[0]?.previousHash).toBe(GENESIS_HASH);
      expect(stream.toVersion).toBe(own.length);
      expect(stream.headHash).toBe(own.at(-1)?.hash);
    }
    checkSignature(manifest);
    const heads = (manifest.checkpointHeads ?? []).map(([streamId, version, hash]) => ({
      streamId,
      version,
      hash,
    }));
    expect(streamsDigest(heads)).toBe(manifest.checkpoint?.streamsDigest);
    expect(manifest.format).toBe('concordat-export-manifest-v1');
    expect(manifest.createdBy.id).toBe(auditor.user.id);
  });

  it('jsonl of the whole log: one unbroken global chain from genesis to the head, through the checkpoint', async () => {
    const { manifest, files } = await exported({ format: 'jsonl', filters: {} });
    const lines = checkLines(files.get('events.jsonl')?.toString('utf8') ?? '');
    expect(manifest.scope).toBe('log');
    expect(lines[0]?.previousGlobalHash).toBe(GENESIS_HASH);
    lines.slice(1).forEach((line, i) => {
      expect(line.previousGlobalHash).toBe(lines[i]?.globalHash);
    });
    expect(manifest.range).toEqual({
      fromPosition: lines[0]?.position,
      toPosition: lines.at(-1)?.position,
    });
    expect(manifest.chainHead).toEqual({
      position: lines.at(-1)?.position,
      globalHash: lines.at(-1)?.globalHash,
    });
    // The export's own request is in the log it exports (taken after ExportRequested committed).
    expect(lines.at(-1)?.type).toBe('ExportRequested');
    const atCheckpoint = lines.find((line) => line.position === manifest.checkpoint?.position);
    expect(atCheckpoint?.globalHash).toBe(manifest.checkpoint?.globalHash);
    checkSignature(manifest);
  });

  it('jsonl of a period: the positions from its first to its last event, chained line to line', async () => {
    const { rows } = await t.sql.query<{ position: string; at: string }>(
      `SELECT position::text AS position, occurred_at::text AS at FROM events
        WHERE stream_id = $1 ORDER BY position OFFSET 2 LIMIT 1`,
      [agreementId],
    );
    const first = rows[0];
    if (first === undefined) throw new Error('the agreement has fewer than three events');
    const from = new Date(first.at).toISOString();
    const { manifest, files } = await exported({
      format: 'jsonl',
      filters: { from, to: '2100-01-01T00:00:00Z' },
    });
    const lines = checkLines(files.get('events.jsonl')?.toString('utf8') ?? '');
    expect(manifest.scope).toBe('log');
    // The range starts at the first event in the period (by position), whatever came before.
    const start = await t.sql.query<{ position: string }>(
      `SELECT min(position)::text AS position FROM events WHERE occurred_at >= $1`,
      [from],
    );
    expect(lines[0]?.position).toBe(start.rows[0]?.position);
    expect(BigInt(start.rows[0]?.position ?? '0')).toBeLessThanOrEqual(BigInt(first.position));
    lines.slice(1).forEach((line, i) => {
      expect(line.previousGlobalHash).toBe(lines[i]?.globalHash);
    });
    expect(manifest.filters.positions).toEqual({
      from: lines[0]?.position,
      to: lines.at(-1)?.position,
    });
    expect(manifest.filters.note).toContain('global chain is unbroken');
    expect(manifest.range).toEqual({
      fromPosition: lines[0]?.position,
      toPosition: lines.at(-1)?.position,
    });
  });

  it('csv parses back byte for byte; csv-excel is the same bytes after a UTF-8 byte order mark', async () => {
    const plain = await exported({ format: 'csv', filters: { agreementId }, language: 'ja' });
    const excel = await exported({ format: 'csv-excel', filters: { agreementId }, language: 'ja' });
    const bytes = plain.files.get('events.csv') ?? Buffer.alloc(0);
    const bom = excel.files.get('events.csv') ?? Buffer.alloc(0);
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(false);
    expect(bom.equals(Buffer.concat([BOM, bytes]))).toBe(true);
    const records = parseCsv(bytes.toString('utf8'));
    const reserialised = records
      .map(
        (record) =>
          `${record.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')}\r\n`,
      )
      .join('');
    expect(Buffer.from(reserialised, 'utf8').equals(bytes)).toBe(true);
    const [header, ...rows] = records;
    expect(header?.[0]).toBe('position');
    expect(header).toHaveLength(13);
    const stored = await storedEvents();
    expect(rows.map((row) => row[0])).toEqual(stored.map((row) => row.position));
    expect(rows.map((row) => row[12])).toEqual(stored.map((row) => row.hash));
    expect(rows[0]?.[3]).toBe('スポーツ協力覚書');
    const approved = rows.find((row) => row[6] === 'DraftApproved');
    expect(approved?.[10]).toBe('Đồng ý, согласовано, "承認します"');
    expect(approved?.[7]).toBe(official.user.name);
    const evidence = rows.find((row) => row[6] === 'EvidenceAdded');
    expect(JSON.parse(evidence?.[11] ?? 'null')).toMatchObject({
      note: 'Danh sách ký tên, "đã xác nhận"',
    });
  });

  it('xlsx reads back with exceljs: the same cells as the csv, and a Manifest sheet', async () => {
    const csv = await exported({ format: 'csv', filters: { agreementId }, language: 'vi' });
    const xlsx = await exported({ format: 'xlsx', filters: { agreementId }, language: 'vi' });
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as an ArrayBuffer.
    await workbook.xlsx.load(Uint8Array.from(xlsx.files.get('events.xlsx') ?? []).buffer);
    const events = workbook.getWorksheet('Events');
    const cells: string[][] = [];
    events?.eachRow((row) => {
      // Empty cells are holes in row.values; read each column instead.
      cells.push(Array.from({ length: 13 }, (_, i) => row.getCell(i + 1).text));
    });
    const expected = parseCsv(csv.files.get('events.csv')?.toString('utf8') ?? '');
    expect(cells).toEqual(expected);
    expect(cells[1]?.[3]).toBe('Biên bản ghi nhớ hợp tác thể thao');
    const summary = workbook.getWorksheet('Manifest');
    const pairs = new Map<string, string>();
    summary?.eachRow((row) => {
      pairs.set(row.getCell(1).text, row.getCell(2).text);
    });
    expect(pairs.get('rowCount')).toBe(String(xlsx.manifest.rowCount));
    expect(pairs.get('exportId')).toBe(xlsx.view.id);
    expect(xlsx.view.agreementTitle?.ja).toBe('スポーツ協力覚書');
    // The title's languages in the order given, for readers whose language it lacks.
    expect(xlsx.view.agreementTitleLanguages).toEqual(['vi', 'ru', 'ja']);
  });

  it('evidence pack: every file in the ZIP has the SHA-256 its manifest lists, attachments included', async () => {
    const jsonl = await exported({ format: 'jsonl', filters: { agreementId } });
    const pack = await exported({ format: 'evidence-pack', filters: { agreementId } });
    expect(pack.manifest.files.map((file) => file.name)).toEqual(['evidence-pack.zip']);
    const entries = await unzip(pack.files.get('evidence-pack.zip') ?? Buffer.alloc(0));
    const inner = JSON.parse(
      entries.get('manifest.json')?.toString('utf8') ?? '{}',
    ) as ExportManifest;
    expect([...entries.keys()].sort()).toEqual(
      [...inner.files.map((file) => file.name), 'manifest.json'].sort(),
    );
    for (const file of inner.files) {
      const bytes = entries.get(file.name);
      expect(bytes && sha256(bytes)).toBe(file.sha256);
      expect(bytes?.length).toBe(file.bytes);
    }
    const evidenceName = inner.files
      .map((file) => file.name)
      .find((name) => name.startsWith('evidence/'));
    expect(evidenceName).toMatch(
      new RegExp(`^evidence/${commitmentId}/[0-9a-f-]{36}/出席者名簿\\.txt$`),
    );
    expect(entries.get(evidenceName ?? '')?.equals(evidenceBytes)).toBe(true);
    // The same snapshot content as a JSON Lines export of the same agreement.
    expect(
      entries.get('events.jsonl')?.equals(jsonl.files.get('events.jsonl') ?? Buffer.alloc(0)),
    ).toBe(true);
    expect(entries.get('VERIFY.txt')?.toString('utf8')).toContain(
      'npm run verify -- events.jsonl manifest.json',
    );
    expect(inner.scope).toBe('streams');
    expect(inner.checkpointHeads).not.toBeNull();
    // The agreement's PDF dossier, listed with its hash like every file of the pack.
    const dossier = entries.get('dossier.pdf');
    expect(dossier?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const listed = inner.files.find((file) => file.name === 'dossier.pdf');
    expect(listed?.sha256).toBe(sha256(dossier ?? Buffer.alloc(0)));
    expect(listed?.bytes).toBe(dossier?.length);
  });

  it('records the request and each download in the export’s own stream', async () => {
    const { view } = await exported({ format: 'jsonl', filters: { agreementId } });
    const { rows } = await t.sql.query<{
      type: string;
      actor_id: string;
      payload: { file?: string };
    }>(
      `SELECT type, actor_id::text AS actor_id, payload FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [view.id],
    );
    expect(rows.map((row) => row.type)).toEqual([
      'ExportRequested',
      'ExportStarted',
      'ExportCompleted',
      'ExportDownloaded',
      'ExportDownloaded',
    ]);
    expect(rows[0]?.actor_id).toBe(auditor.user.id);
    expect(rows.slice(3).map((row) => row.payload.file)).toEqual(['manifest.json', 'events.jsonl']);
  });
});
