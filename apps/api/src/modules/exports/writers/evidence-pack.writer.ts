import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { ExportFileEntry, ExportManifest } from '@concordat/domain';
import yazl from 'yazl';
import { EVENT_RECORD_AGREEMENT_ID } from '../../audit/event-filter.sql.js';
import type { ExportContext } from './export-context.js';
import { writeTextEvents } from './text-events.writer.js';
import type { EventRow } from './export-selection.js';

/** What a pack entry puts into the ZIP; the pack adds each file's entry to the manifest. */
interface PackWriter {
  context: ExportContext;
  onRow: (row: EventRow) => void;
  /** Adds a file whose bytes are written by `write` into the stream it is given. */
  stream(name: string, write: (out: PassThrough) => Promise<ExportFileEntry>): Promise<void>;
  /** Adds a small file held in memory (an attachment is read one at a time). */
  buffer(name: string, data: Buffer): void;
}

type PackEntry = (pack: PackWriter) => Promise<void>;

/**
 * The entries of an evidence pack, in ZIP order; manifest.json follows them, listing each
 * with its SHA-256. The per-agreement PDF dossier (`dossier.pdf`) comes after the
 * attachments in a pack of one agreement (`streams` scope).
 */
export const PACK_ENTRIES: readonly PackEntry[] = [
  (pack) =>
    pack.stream('events.jsonl', (out) =>
      writeTextEvents(pack.context, 'jsonl', 'events.jsonl', out, pack.onRow),
    ),
  (pack) =>
    pack.stream('events.csv', (out) =>
      // The second pass over the same snapshot: progress continues from the first.
      writeTextEvents(
        pack.context,
        'csv',
        'events.csv',
        out,
        () => undefined,
        pack.context.selection.totalRows,
      ),
    ),
  attachments,
  (pack) => {
    const dossier = pack.context.dossier;
    if (dossier === null) return Promise.resolve();
    return pack.stream('dossier.pdf', (out) => hashed('dossier.pdf', out, dossier));
  },
  (pack) => {
    pack.buffer('VERIFY.txt', Buffer.from(VERIFY_TEXT, 'utf8'));
    return Promise.resolve();
  },
];

/**
 * `evidence-pack.zip`, streamed through yazl into the chunk store: each entry is written
 * while the ZIP is, so neither the events nor the pack are ever whole in memory.
 */
export async function writeEvidencePack(
  context: ExportContext,
  name: string,
  onRow: (row: EventRow) => void,
  manifestFor: (files: ExportFileEntry[]) => Promise<ExportManifest>,
): Promise<{ file: ExportFileEntry; inner: ExportManifest }> {
  const sink = context.file(name);
  const zip = new yazl.ZipFile();
  const failed = new Promise<never>((_, reject) => {
    zip.outputStream.on('error', reject);
    sink.on('error', reject);
  });
  // Raced below; a failure after the last race must not go unhandled.
  failed.catch(() => undefined);
  zip.outputStream.pipe(sink);
  const files: ExportFileEntry[] = [];
  let rows = 0;
  const pack: PackWriter = {
    context,
    onRow,
    stream: async (entryName, write) => {
      const out = new PassThrough();
      zip.addReadStream(out, entryName);
      const entry = await Promise.race([write(out), failed]);
      out.end();
      if (entryName === 'events.jsonl') rows = entry.rows ?? 0;
      files.push(entry);
    },
    buffer: (entryName, data) => {
      zip.addBuffer(data, entryName);
      files.push({
        name: entryName,
        sha256: createHash('sha256').update(data).digest('hex'),
        bytes: data.length,
      });
    },
  };
  for (const entry of PACK_ENTRIES) await entry(pack);
  const inner = await manifestFor(files);
  zip.addBuffer(Buffer.from(`${JSON.stringify(inner, null, 2)}\n`, 'utf8'), 'manifest.json');
  // The pipe ends the sink once yazl has written the central directory.
  const stored = once(sink, 'finish');
  zip.end();
  await Promise.race([stored, failed]);
  return { file: { name, sha256: sink.sha256, bytes: sink.bytes, rows }, inner };
}

/**
 * Runs `write` into a stream that counts and hashes what passes on to `out`; `write` ends
 * its stream (the PDF renderer does), `out` is left open for the pack to end.
 */
async function hashed(
  name: string,
  out: PassThrough,
  write: (into: PassThrough) => Promise<void>,
): Promise<ExportFileEntry> {
  const hash = createHash('sha256');
  let bytes = 0;
  const into = new PassThrough();
  into.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  into.pipe(out, { end: false });
  const ended = once(into, 'end');
  await write(into);
  await ended;
  return { name, sha256: hash.digest('hex'), bytes };
}

interface AttachmentRow {
  kind: 'attachments' | 'evidence';
  owner_id: string;
  id: string;
  name: string;
}

/**
 * The files of the agreements the export covers (whose record it holds events of, not
 * merely their exports or dossier downloads): the agreements' attachments and their
 * commitments' evidence, from the same snapshot, one file in memory at a time.
 */
async function attachments(pack: PackWriter): Promise<void> {
  const { snapshot, selection } = pack.context;
  const covered = `SELECT DISTINCT ${EVENT_RECORD_AGREEMENT_ID} AS id FROM events e ${selection.where.where}`;
  const list = await snapshot.query<AttachmentRow>(
    `WITH covered AS (${covered})
     SELECT 'attachments' AS kind, t.agreement_id::text AS owner_id, t.id::text AS id, t.name
       FROM agreement_attachments t WHERE t.agreement_id IN (SELECT id FROM covered)
     UNION ALL
     SELECT 'evidence', f.commitment_id::text, f.id::text, f.name
       FROM commitment_evidence_files f
       JOIN commitments c ON c.id = f.commitment_id
      WHERE c.agreement_id IN (SELECT id FROM covered)
     ORDER BY 1, 2, 3`,
    selection.where.params,
  );
  for (const file of list) {
    const table =
      file.kind === 'attachments' ? 'agreement_attachments' : 'commitment_evidence_files';
    const [content] = await snapshot.query<{ content: Buffer }>(
      `SELECT content FROM ${table} WHERE id = $1`,
      [file.id],
    );
    if (content === undefined) continue;
    pack.buffer(`${file.kind}/${file.owner_id}/${file.id}/${safeName(file.name)}`, content.content);
  }
}

/** A stored file name as one path segment of the ZIP. */
function safeName(name: string): string {
  const cleaned = name.replace(/[/\\\u0000-\u001f]/g, '_').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'file' : cleaned;
}

const VERIFY_TEXT = `How to check this evidence pack offline
========================================

This pack is an export of Concordat's event log. manifest.json lists every other file in
the pack with its SHA-256 and size, the head of the log's hash chain when the export was
taken, the latest signed checkpoint at or before it, and the public key that signed it.

1. File hashes. In the folder where the pack was unzipped, each file's SHA-256 must equal
   the "sha256" given for it in manifest.json, e.g. on Linux or macOS:

     sha256sum events.jsonl events.csv VERIFY.txt
     (or: shasum -a 256 events.jsonl; a pack of one agreement also holds dossier.pdf)

   and on Windows: certutil -hashfile events.jsonl SHA256

2. The events. With a copy of the Concordat repository (no server or database needed):

     npm run verify -- events.jsonl manifest.json

   It checks every line's hash links (each line holds its predecessors' hashes), the
   checkpoint's Ed25519 signature with the public key, and, depending on the manifest's
   "scope", that the export is complete: "log" (an unbroken range of the whole log),
   "streams" (every event of the listed agreement and commitment streams) or "selection"
   (lines verify one by one; completeness cannot be proven for an arbitrary selection).

3. The key. Compare manifest.json's publicKey.keyId with the key you obtained earlier
   from GET /api/audit/signing-key: someone who controls the server could sign with
   another key, so trust the key you kept, not the one in the pack.

The hashing rules are in docs/integrity.md of the Concordat repository (format
concordat-events-v1) and each line's form in docs/audit.md (concordat-events-jsonl-v1).
`;
