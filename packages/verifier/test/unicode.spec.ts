import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { verifyExport } from '../src/index.js';
import { buildLog, rewrite, toJsonl, writeExport } from './export-fixture.js';

const TEXTS = [
  'Biên bản ghi nhớ hợp tác về thể thao giữa Việt Nam và Nhật Bản',
  'Меморандум о сотрудничестве в области спорта: ежегодный турнир по волейболу',
  'スポーツ分野における協力覚書：卓球の合同合宿（2025年、日本）',
];

/** The canonical JSON of a flat object by hand (sorted keys, no escapes for non-ASCII). */
function handCanonical(fields: Record<string, unknown>): string {
  return `{${Object.keys(fields)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${JSON.stringify(fields[key])}`)
    .join(',')}}`;
}

describe('payload text in Vietnamese, Russian and Japanese', () => {
  const log = buildLog((index) => ({ note: TEXTS[index % 3] }));

  it('is written to the file byte for byte as UTF-8, not as escapes', () => {
    const exported = writeExport(log, 'log');
    const bytes = readFileSync(exported.eventsPath);
    for (const text of TEXTS) expect(bytes.includes(Buffer.from(text, 'utf8'))).toBe(true);
    expect(bytes.includes(Buffer.from('\\u'))).toBe(false);
    const parsed = bytes
      .toString('utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => (JSON.parse(line) as { payload: { note: string } }).payload.note);
    expect(parsed).toEqual(exported.lines.map((line) => (line.payload as { note: string }).note));
  });

  it('hashes over the UTF-8 bytes, as a hand-written check computes it', () => {
    const [first] = log.lines;
    if (first === undefined) throw new Error('empty log');
    const { streamId, version, type, payload, actorId, occurredAt } = first;
    const content = `{"actorId":${JSON.stringify(actorId)},"occurredAt":${JSON.stringify(occurredAt)},"payload":${handCanonical(
      payload as Record<string, unknown>,
    )},"streamId":${JSON.stringify(streamId)},"type":${JSON.stringify(type)},"version":${version}}`;
    const expected = createHash('sha256')
      .update(Buffer.from(first.previousHash + content, 'utf8'))
      .digest('hex');
    expect(first.hash).toBe(expected);
  });

  it('verifies, and a single changed diacritic is a modified line', async () => {
    const exported = writeExport(log, 'streams');
    const options = { eventsPath: exported.eventsPath, manifestPath: exported.manifestPath };
    expect((await verifyExport(options)).findings).toEqual([]);
    const lines = exported.lines.map((line, index) =>
      index === 0 ? { ...line, payload: { note: TEXTS[0]?.replace('hợp', 'hop') } } : line,
    );
    rewrite(exported, toJsonl(lines), { updateManifest: true });
    expect((await verifyExport(options)).findings[0]).toMatchObject({
      code: 'line-modified',
      line: 1,
    });
  });
});
