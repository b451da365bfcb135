import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { ChainChecker, type ChainCheckerOptions } from './chain-checker.js';
import { byPrecision, type Finding, finding } from './findings.js';
import type { ExportLine, ExportScope, Manifest, ManifestFile } from './format.js';
import { canonicalTexts, streamsDigest } from './hashing.js';
import { ManifestError, readManifest } from './manifest.js';
import { checkSignature } from './signature.js';

export interface VerifyOptions {
  eventsPath: string;
  manifestPath: string;
  /** A public key (SPKI PEM) the reader trusts; else the manifest's own key is used. */
  trustedPublicKeyPem?: string | null;
}

export interface VerificationReport {
  ok: boolean;
  scope: ExportScope | null;
  /** Lines in events.jsonl, and how many of them were checked as events. */
  lines: number;
  eventsChecked: number;
  streams: number;
  expectedRows: number | null;
  checkpoint: {
    position: string | null;
    keyId: string | null;
    trustedKey: boolean;
    signatureValid: boolean | null;
  } | null;
  /** Whether the export proves it holds everything its scope covers. */
  completeness: 'proven' | 'not-provable';
  /** Every problem, most precise first. */
  findings: Finding[];
  /** What the reader should know although nothing failed. */
  notes: string[];
}

/** Verifies events.jsonl against its manifest, reading the file once, line by line. */
export async function verifyExport(options: VerifyOptions): Promise<VerificationReport> {
  let manifest: Manifest;
  try {
    manifest = await readManifest(options.manifestPath);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    return failedManifest(error.message);
  }
  const notes: string[] = [];
  const signature = checkSignature(manifest, options.trustedPublicKeyPem ?? null);
  const findings: Finding[] = [...signature.findings];
  if (manifest.checkpoint === null)
    notes.push('the export carries no signed checkpoint: only the hash chains protect it');
  else if (!signature.trustedKey)
    notes.push(
      `the signature was checked with the key inside the manifest (id ${signature.keyId ?? 'none'}); compare that id with a copy of the public key you trust, or pass --public-key`,
    );
  if (manifest.scope === 'selection')
    notes.push(
      'scope "selection" (a filtered export): each line is verified on its own, but completeness cannot be proven, since the filter leaves out events by design',
    );

  const checker = new ChainChecker(checkerOptions(manifest, findings));
  const file = await readEvents(options.eventsPath, checker, findings);
  findings.push(...checker.finish());
  findings.push(...(await checkFiles(manifest, options, file, notes)));
  if (manifest.rowCount !== file.rows) {
    findings.push(
      finding(
        'row-count-mismatch',
        `the manifest says ${manifest.rowCount} events, the file holds ${file.rows}`,
      ),
    );
  }
  // A file cut mid-line is incomplete by that finding; what follows from the cut is not news.
  if (!file.cut) findings.push(...completenessFindings(manifest, checker));

  findings.sort(byPrecision);
  const unique = findings.filter(
    (found, index) =>
      findings.findIndex((other) => other.code === found.code && other.line === found.line) ===
      index,
  );
  return {
    ok: unique.length === 0,
    scope: manifest.scope,
    lines: file.lines,
    eventsChecked: checker.events,
    streams: checker.streamCount,
    expectedRows: manifest.rowCount,
    checkpoint:
      manifest.checkpoint === null
        ? null
        : {
            position: manifest.checkpoint.position,
            keyId: signature.keyId,
            trustedKey: signature.trustedKey,
            signatureValid: signature.signatureValid,
          },
    completeness: manifest.scope === 'selection' ? 'not-provable' : 'proven',
    findings: unique,
    notes,
  };
}

/** The anchors the signed checkpoint and the chain head give the lines. */
function checkerOptions(manifest: Manifest, findings: Finding[]): ChainCheckerOptions {
  const positionAnchors: ChainCheckerOptions['positionAnchors'] = new Map();
  if (manifest.chainHead?.position != null) {
    positionAnchors.set(manifest.chainHead.position, {
      globalHash: manifest.chainHead.globalHash,
      code: 'chain-head-mismatch',
      what: 'the manifest\'s "chainHead"',
    });
  }
  const checkpoint = manifest.checkpoint;
  if (checkpoint?.position != null) {
    positionAnchors.set(checkpoint.position, {
      globalHash: checkpoint.globalHash,
      code: 'checkpoint-not-anchored',
      what: 'the signed checkpoint',
    });
  }
  const manifestStreams =
    manifest.scope === 'streams'
      ? new Map((manifest.streams ?? []).map((stream) => [stream.streamId, stream]))
      : null;
  const streamAnchors: ChainCheckerOptions['streamAnchors'] = new Map();
  if (manifest.scope === 'streams' && checkpoint !== null) {
    const heads = manifest.checkpointHeads ?? [];
    if (
      streamsDigest(heads) !== checkpoint.streamsDigest ||
      heads.length !== checkpoint.streamCount
    ) {
      findings.push(
        finding(
          'streams-digest-mismatch',
          `the manifest's "checkpointHeads" (${heads.length} streams) do not hash to the signed streamsDigest (${checkpoint.streamCount} streams)`,
        ),
      );
    }
    for (const [streamId, version, hash] of heads) {
      if (manifestStreams?.has(streamId) === true) streamAnchors.set(streamId, { version, hash });
    }
  }
  return { scope: manifest.scope, positionAnchors, manifestStreams, streamAnchors };
}

interface FileSummary {
  /** The last line does not end with a line feed. */
  cut: boolean;
  lines: number;
  rows: number;
  bytes: number;
  sha256: string;
}

/**
 * Reads the file once: its bytes feed the SHA-256 while readline hands out the lines. Each
 * line is held back until the next arrives, so the last one is known to be the last (it
 * must end with a line feed, or the file was cut).
 */
async function readEvents(
  path: string,
  checker: ChainChecker,
  findings: Finding[],
): Promise<FileSummary> {
  const digest = createHash('sha256');
  let bytes = 0;
  let lastByte = -1;
  const input = createReadStream(path);
  input.on('data', (chunk) => {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    digest.update(buffer);
    bytes += buffer.length;
    if (buffer.length > 0) lastByte = buffer[buffer.length - 1] ?? lastByte;
  });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let held: { number: number; text: string } | null = null;
  let count = 0;
  let rows = 0;
  const take = (line: { number: number; text: string }, last: boolean): void => {
    const parsed = parseLine(line.number, line.text, last, findings);
    if (parsed !== null) {
      rows += 1;
      checker.accept(line.number, parsed.event, parsed.content);
    } else if (line.text.trim() !== '') {
      rows += 1;
    }
  };
  for await (const text of lines) {
    count += 1;
    if (held !== null) take(held, false);
    held = { number: count, text };
  }
  let cut = false;
  if (held !== null) {
    cut = lastByte !== 0x0a;
    if (cut) {
      findings.push(
        finding(
          'file-truncated',
          `the file was cut: line ${held.number}, the last, does not end with a line feed`,
          {
            line: held.number,
          },
        ),
      );
    }
    take(held, cut);
  }
  return { cut, lines: count, rows, bytes, sha256: digest.digest('hex') };
}

/** One line as an event with its hashed content, or null (with a finding) when it cannot be one. */
function parseLine(
  number: number,
  text: string,
  cut: boolean,
  findings: Finding[],
): { event: ExportLine; content: string } | null {
  if (text.trim() === '') {
    findings.push(finding('line-unreadable', `line ${number} is empty`, { line: number }));
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // A cut last line has already been reported as the file's truncation.
    if (!cut)
      findings.push(finding('line-unreadable', `line ${number} is not JSON`, { line: number }));
    return null;
  }
  const problem = shapeProblem(value);
  if (problem !== null) {
    findings.push(
      finding('line-unreadable', `line ${number} is not an event line: ${problem}`, {
        line: number,
      }),
    );
    return null;
  }
  const event = value as ExportLine;
  const texts = canonicalTexts(event);
  if (texts.line !== text) {
    findings.push(
      finding('line-not-canonical', `line ${number} is not written as RFC 8785 canonical JSON`, {
        line: number,
        position: event.position,
      }),
    );
  }
  return { event, content: texts.content };
}

const HEX64 = /^[0-9a-f]{64}$/;

function shapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'not a JSON object';
  const line = value as Record<string, unknown>;
  if (typeof line.position !== 'string' || !/^[0-9]+$/.test(line.position))
    return '"position" is not a decimal string';
  if (typeof line.streamId !== 'string') return '"streamId" is not a string';
  if (!Number.isInteger(line.version) || (line.version as number) < 1)
    return '"version" is not a positive integer';
  if (typeof line.type !== 'string') return '"type" is not a string';
  if (!('payload' in line)) return '"payload" is missing';
  if (typeof line.actorId !== 'string') return '"actorId" is not a string';
  if (typeof line.occurredAt !== 'string') return '"occurredAt" is not a string';
  for (const name of ['previousHash', 'hash', 'previousGlobalHash', 'globalHash']) {
    if (typeof line[name] !== 'string' || !HEX64.test(line[name]))
      return `"${name}" is not 64 hex characters`;
  }
  return null;
}

/**
 * Every file the manifest lists, by SHA-256. The events file is the one named on the
 * command line; the others are looked for beside the manifest (an unpacked evidence pack).
 */
async function checkFiles(
  manifest: Manifest,
  options: VerifyOptions,
  events: FileSummary,
  notes: string[],
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const jsonl = manifest.files.filter((file) => file.name.endsWith('.jsonl'));
  const entry =
    manifest.files.find((file) => basename(file.name) === basename(options.eventsPath)) ??
    (jsonl.length === 1 ? jsonl[0] : undefined);
  if (entry === undefined) {
    findings.push(
      finding(
        'file-missing',
        `the manifest lists no file named ${basename(options.eventsPath)}, so its SHA-256 is unknown`,
      ),
    );
  } else {
    findings.push(...compareFile(entry, events));
  }
  for (const file of manifest.files) {
    if (file === entry) continue;
    const path = join(dirname(options.manifestPath), file.name);
    const found = await stat(path).catch(() => null);
    if (found === null || !found.isFile()) {
      notes.push(
        `${file.name} (listed in the manifest) was not found beside the manifest and was not checked`,
      );
      continue;
    }
    findings.push(...compareFile(file, await hashFile(path)));
  }
  return findings;
}

function compareFile(
  entry: ManifestFile,
  actual: { sha256: string; bytes: number; rows?: number },
): Finding[] {
  const findings: Finding[] = [];
  if (entry.sha256 !== actual.sha256) {
    findings.push(
      finding(
        'file-hash-mismatch',
        `${entry.name}: SHA-256 is ${actual.sha256}, the manifest says ${entry.sha256} (${actual.bytes} bytes, manifest ${entry.bytes})`,
      ),
    );
  }
  if (entry.rows !== undefined && actual.rows !== undefined && entry.rows !== actual.rows) {
    findings.push(
      finding(
        'row-count-mismatch',
        `${entry.name}: the manifest says ${entry.rows} rows, the file holds ${actual.rows}`,
      ),
    );
  }
  return findings;
}

async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const digest = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    digest.update(buffer);
    bytes += buffer.length;
  }
  return { sha256: digest.digest('hex'), bytes };
}

/** What the scope promises: a contiguous range of the log, or whole streams. */
function completenessFindings(manifest: Manifest, checker: ChainChecker): Finding[] {
  const findings: Finding[] = [];
  const checkpoint = manifest.checkpoint;
  if (manifest.scope === 'log' && manifest.range) {
    const { fromPosition, toPosition } = manifest.range;
    const first = checker.firstLine;
    const last = checker.lastLine;
    if (first === null || last === null) {
      if (manifest.rowCount > 0)
        findings.push(finding('file-truncated', 'the file holds no events'));
      return findings;
    }
    if (first.position !== fromPosition) {
      findings.push(
        finding(
          'line-deleted',
          `the range starts at position ${fromPosition}, but line ${first.line} is position ${first.position}: the first lines are missing`,
          { line: first.line, position: first.position },
        ),
      );
    }
    if (last.position !== toPosition) {
      findings.push(
        finding(
          'file-truncated',
          `the file ends at line ${last.line} (position ${last.position}) before the range's end, position ${toPosition}: its last lines are missing`,
          { line: last.line, position: last.position },
        ),
      );
    }
    const inRange = (position: string): boolean =>
      BigInt(position) >= BigInt(fromPosition) && BigInt(position) <= BigInt(toPosition);
    for (const position of checker.anchorsMissing()) {
      if (!inRange(position)) continue;
      const signed = checkpoint?.position === position;
      findings.push(
        finding(
          signed ? 'checkpoint-not-anchored' : 'chain-head-mismatch',
          `no line has position ${position}, which the range covers and the ${signed ? 'signed checkpoint' : 'chain head'} names: it was deleted`,
          { position },
        ),
      );
    }
  }
  if (manifest.scope === 'streams') {
    const heads = checker.streamHeads();
    for (const stream of manifest.streams ?? []) {
      const head = heads.get(stream.streamId);
      if (head === undefined) {
        findings.push(
          finding(
            'stream-incomplete',
            `no line of stream ${stream.streamId}, which the manifest lists`,
            {
              streamId: stream.streamId,
            },
          ),
        );
      } else if (head.version !== stream.toVersion || head.hash !== stream.headHash) {
        findings.push(
          finding(
            'stream-incomplete',
            `stream ${stream.streamId} ends at version ${head.version} (line ${head.line}), but the manifest says it reaches version ${stream.toVersion} with hash ${stream.headHash.slice(0, 12)}…`,
            { line: head.line, streamId: stream.streamId, version: head.version },
          ),
        );
      }
    }
    for (const streamId of checker.streamAnchorsMissing()) {
      findings.push(
        finding(
          'checkpoint-not-anchored',
          `stream ${streamId} has no line at the version the signed checkpoint records for it`,
          { streamId },
        ),
      );
    }
  }
  return findings;
}

function failedManifest(message: string): VerificationReport {
  return {
    ok: false,
    scope: null,
    lines: 0,
    eventsChecked: 0,
    streams: 0,
    expectedRows: null,
    checkpoint: null,
    completeness: 'not-provable',
    findings: [finding('manifest-invalid', message)],
    notes: [],
  };
}
