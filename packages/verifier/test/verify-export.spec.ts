import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type ExportLine, type ExportScope, type FindingCode, verifyExport } from '../src/index.js';
import {
  buildLog,
  forge,
  rewrite,
  STREAMS,
  toJsonl,
  type WrittenExport,
  writeExport,
} from './export-fixture.js';

async function verify(exported: WrittenExport, trustedPublicKeyPem: string | null = null) {
  return verifyExport({
    eventsPath: exported.eventsPath,
    manifestPath: exported.manifestPath,
    trustedPublicKeyPem,
  });
}

function at(lines: ExportLine[], line: number): ExportLine {
  const found = lines[line - 1];
  if (found === undefined) throw new Error(`the fixture has no line ${line}`);
  return found;
}

describe.each<ExportScope>(['log', 'streams', 'selection'])('a valid %s export', (scope) => {
  it('verifies, with its signature checked and every line counted', async () => {
    const exported = writeExport(buildLog(), scope);
    const report = await verify(exported);
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.eventsChecked).toBe(exported.lines.length);
    expect(report.checkpoint?.signatureValid).toBe(true);
    expect(report.completeness).toBe(scope === 'selection' ? 'not-provable' : 'proven');
  });

  it('verifies with the trusted public key given', async () => {
    const log = buildLog();
    const report = await verify(
      writeExport(log, scope),
      log.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    );
    expect(report.ok).toBe(true);
    expect(report.checkpoint?.trustedKey).toBe(true);
  });

  it('fails as "wrong key" when the checkpoint was signed by another key than the trusted one', async () => {
    const other = generateKeyPairSync('ed25519')
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    const report = await verify(writeExport(buildLog(), scope), other);
    expect(report.ok).toBe(false);
    expect(report.findings.map((found) => found.code)).toEqual(['wrong-key']);
    expect(report.findings[0]?.message).toMatch(/^wrong key/);
  });

  it('fails as "signature-invalid" when the signed checkpoint was altered', async () => {
    const exported = writeExport(buildLog(), scope);
    if (exported.manifest.checkpoint === null) throw new Error('no checkpoint');
    exported.manifest.checkpoint.createdAt = '2026-11-23T11:00:00.001Z';
    rewrite(exported, readFileSync(exported.eventsPath, 'utf8'), { updateManifest: false });
    const report = await verify(exported);
    expect(report.findings.map((found) => found.code)).toEqual(['signature-invalid']);
  });

  it('fails as "file-hash-mismatch" when the manifest names another SHA-256', async () => {
    const exported = writeExport(buildLog(), scope);
    const file = exported.manifest.files[0];
    if (file === undefined) throw new Error('no file');
    file.sha256 = 'f'.repeat(64);
    rewrite(exported, readFileSync(exported.eventsPath, 'utf8'), { updateManifest: false });
    const report = await verify(exported);
    expect(report.findings.map((found) => found.code)).toEqual(['file-hash-mismatch']);
  });

  it('pinpoints a truncated file at its cut last line', async () => {
    const exported = writeExport(buildLog(), scope);
    const text = readFileSync(exported.eventsPath, 'utf8');
    rewrite(exported, text.slice(0, text.length - 40), { updateManifest: false });
    const report = await verify(exported);
    expect(report.findings[0]).toMatchObject({
      code: 'file-truncated',
      line: exported.lines.length,
    });
    expect(report.findings.map((found) => found.code)).toContain('file-hash-mismatch');
  });

  it('pinpoints a modified line even when the manifest was rewritten to match the file', async () => {
    const exported = writeExport(buildLog(), scope);
    const lines = exported.lines.map((line, index) =>
      index === 4 ? { ...line, payload: { note: 'approved by someone else' } } : line,
    );
    rewrite(exported, toJsonl(lines), { updateManifest: true });
    const report = await verify(exported);
    expect(report.ok).toBe(false);
    expect(report.findings[0]).toMatchObject({ code: 'line-modified', line: 5 });
  });
});

interface TamperCase {
  name: string;
  scope: ExportScope;
  tamper: (lines: ExportLine[]) => ExportLine[];
  /** Also rewrite the manifest's file hash and row count, as a careful forger would. */
  updateManifest: boolean;
  expected: { code: FindingCode; line: number };
}

const without = (lines: ExportLine[], line: number) =>
  lines.filter((_, index) => index !== line - 1);
const swap = (lines: ExportLine[], line: number) => {
  const copy = [...lines];
  copy.splice(line - 1, 2, at(lines, line + 1), at(lines, line));
  return copy;
};

const tamperCases: TamperCase[] = [
  {
    name: 'a modified line (payload edited, hashes left)',
    scope: 'log',
    tamper: (lines) =>
      lines.map((line, index) => (index === 4 ? { ...line, type: 'ClauseRefused' } : line)),
    updateManifest: false,
    expected: { code: 'line-modified', line: 5 },
  },
  {
    name: 'a modified line whose own hashes were recomputed',
    scope: 'log',
    tamper: (lines) =>
      lines.map((line, index) =>
        index === 4 ? forge({ ...line, payload: { note: 'rewritten' } }) : line,
      ),
    updateManifest: true,
    expected: { code: 'line-modified', line: 5 },
  },
  {
    name: 'a deleted line',
    scope: 'log',
    tamper: (lines) => without(lines, 5),
    updateManifest: true,
    expected: { code: 'line-deleted', line: 5 },
  },
  {
    name: 'an inserted line with valid hashes of its own',
    scope: 'log',
    tamper: (lines) => {
      const before = at(lines, 4);
      const forged = forge({
        ...before,
        position: String(BigInt(before.position) + 1n),
        streamId: 'ffffffff-ffff-4fff-8fff-ffffffffffff',
        version: 1,
        previousHash: '0'.repeat(64),
        previousGlobalHash: before.globalHash,
      });
      return [...lines.slice(0, 4), forged, ...lines.slice(4)];
    },
    updateManifest: true,
    expected: { code: 'line-inserted', line: 5 },
  },
  {
    name: 'two reordered lines',
    scope: 'log',
    tamper: (lines) => swap(lines, 5),
    updateManifest: true,
    expected: { code: 'lines-reordered', line: 5 },
  },
  {
    name: 'whole lines cut from the end',
    scope: 'log',
    tamper: (lines) => lines.slice(0, -2),
    updateManifest: true,
    expected: { code: 'file-truncated', line: 8 },
  },
  {
    name: 'a modified line',
    scope: 'streams',
    tamper: (lines) =>
      lines.map((line, index) => (index === 4 ? { ...line, actorId: STREAMS[2] ?? '' } : line)),
    updateManifest: true,
    expected: { code: 'line-modified', line: 5 },
  },
  {
    // Line 3 is version 2 of the first stream; its version 3 then sits on line 4.
    name: 'a deleted line',
    scope: 'streams',
    tamper: (lines) => without(lines, 3),
    updateManifest: true,
    expected: { code: 'line-deleted', line: 4 },
  },
  {
    name: 'an inserted line forking a stream',
    scope: 'streams',
    tamper: (lines) => {
      const first = at(lines, 1);
      const forged = forge({
        ...first,
        position: String(BigInt(first.position) + 1n),
        version: 2,
        type: 'ClauseCleared',
        payload: { note: 'forged approval' },
        previousHash: first.hash,
        previousGlobalHash: first.globalHash,
      });
      return [first, forged, ...lines.slice(1)];
    },
    updateManifest: true,
    expected: { code: 'line-inserted', line: 2 },
  },
  {
    name: 'two reordered lines',
    scope: 'streams',
    tamper: (lines) => swap(lines, 3),
    updateManifest: true,
    expected: { code: 'lines-reordered', line: 4 },
  },
  {
    name: 'a stream cut short',
    scope: 'streams',
    tamper: (lines) => lines.slice(0, -1),
    updateManifest: true,
    expected: { code: 'stream-incomplete', line: 6 },
  },
  {
    name: 'a modified line',
    scope: 'selection',
    tamper: (lines) =>
      lines.map((line, index) =>
        index === 1 ? { ...line, occurredAt: '2026-11-24T00:00:00.000000Z' } : line,
      ),
    updateManifest: true,
    expected: { code: 'line-modified', line: 2 },
  },
  {
    name: 'two reordered lines',
    scope: 'selection',
    tamper: (lines) => swap(lines, 2),
    updateManifest: true,
    expected: { code: 'lines-reordered', line: 3 },
  },
];

describe.each(tamperCases)(
  'a $scope export with $name',
  ({ scope, tamper, updateManifest, expected }) => {
    it(`is reported first as ${expected.code} on line ${expected.line}`, async () => {
      const exported = writeExport(buildLog(), scope);
      rewrite(exported, toJsonl(tamper(exported.lines)), { updateManifest });
      const report = await verify(exported);
      expect(report.ok).toBe(false);
      expect(report.findings[0]).toMatchObject(expected);
      if (!updateManifest)
        expect(report.findings.map((found) => found.code)).toContain('file-hash-mismatch');
    });
  },
);

describe('a selection export', () => {
  it('says plainly that a deleted line cannot be noticed when the manifest was rewritten', async () => {
    const exported = writeExport(buildLog(), 'selection');
    rewrite(exported, toJsonl(without(exported.lines, 4)), { updateManifest: true });
    const report = await verify(exported);
    expect(report.ok).toBe(true);
    expect(report.completeness).toBe('not-provable');
    expect(report.notes.join(' ')).toMatch(/completeness cannot be proven/);
  });
});

describe('a streams export whose checkpoint heads were altered', () => {
  it('fails as streams-digest-mismatch', async () => {
    const exported = writeExport(buildLog(), 'streams');
    const heads = exported.manifest.checkpointHeads ?? [];
    exported.manifest.checkpointHeads = heads.slice(1);
    rewrite(exported, readFileSync(exported.eventsPath, 'utf8'), { updateManifest: false });
    const report = await verify(exported);
    expect(report.findings.map((found) => found.code)).toContain('streams-digest-mismatch');
  });
});

describe('other damage', () => {
  it('names a repeated line as inserted', async () => {
    const exported = writeExport(buildLog(), 'log');
    const lines = [
      ...exported.lines.slice(0, 5),
      at(exported.lines, 5),
      ...exported.lines.slice(5),
    ];
    rewrite(exported, toJsonl(lines), { updateManifest: true });
    const report = await verify(exported);
    expect(report.findings[0]).toMatchObject({ code: 'line-inserted', line: 6 });
  });

  it('sees line endings turned into CRLF only as a different file, every line still verifying', async () => {
    const exported = writeExport(buildLog(), 'streams');
    rewrite(exported, toJsonl(exported.lines).replaceAll('\n', '\r\n'), { updateManifest: false });
    const report = await verify(exported);
    expect(report.findings.map((found) => found.code)).toEqual(['file-hash-mismatch']);
  });

  it('refuses a manifest of another format, naming the member', async () => {
    const exported = writeExport(buildLog(), 'log');
    exported.manifest.format = 'something-else';
    rewrite(exported, readFileSync(exported.eventsPath, 'utf8'), { updateManifest: false });
    const report = await verify(exported);
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([expect.objectContaining({ code: 'manifest-invalid' })]);
    expect(report.findings[0]?.message).toContain('"format"');
  });

  it('reports a line that is not JSON in the middle of the file', async () => {
    const exported = writeExport(buildLog(), 'selection');
    const text = toJsonl(exported.lines).split('\n');
    text[2] = '{"position": oops';
    rewrite(exported, text.join('\n'), { updateManifest: true });
    const report = await verify(exported);
    expect(report.findings[0]).toMatchObject({ code: 'line-unreadable', line: 3 });
  });
});
