import { createHash } from 'node:crypto';
import type { ExportView } from '@concordat/domain';
import yauzl from 'yauzl';
import type { TestApp } from './test-app.js';
import type { SignedIn } from './factories.js';

export const sha256 = (data: Buffer | string): string =>
  createHash('sha256').update(data).digest('hex');

/** Bytes of a download, with its headers. */
export async function download(
  t: TestApp,
  as: SignedIn,
  path: string,
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(t.baseUrl + path, {
    headers: { authorization: `Bearer ${as.token}` },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** Polls the export until it has ended, failing after `timeoutMs`. */
export async function waitForExport(
  t: TestApp,
  as: SignedIn,
  id: string,
  timeoutMs = 30_000,
): Promise<ExportView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const view = (
      await t.request('GET', `/api/exports/${id}`, { token: as.token })
    ).json<ExportView>();
    if (view.status !== 'queued' && view.status !== 'running') return view;
    if (Date.now() > until) throw new Error(`export ${id} still ${view.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * An RFC 4180 reader, strict: quoted fields may hold commas, quotes and line breaks;
 * every record ends with CRLF. Written here, not taken from the code under test.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted field');
        value += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      if (end < 0) throw new Error('a record does not end with CRLF');
      value = text.slice(i, i + end);
      if (/["\r\n]/.test(value)) throw new Error(`unquoted field holds a quote or break: ${value}`);
      i += end;
    }
    record.push(value);
    if (text[i] === ',') {
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(`unexpected character at ${i}`);
    }
  }
  return records;
}

/** Every entry of a ZIP, read with yauzl (another library than the one that wrote it). */
export function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) {
        reject(error);
        return;
      }
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) {
            reject(streamError);
            return;
          }
          const parts: Buffer[] = [];
          stream.on('data', (part: Buffer) => parts.push(part));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(parts));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => {
        resolve(entries);
      });
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
