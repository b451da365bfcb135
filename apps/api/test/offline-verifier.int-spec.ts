import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import type { AgreementView } from '@concordat/domain';
import { verifyExport } from '@concordat/verifier';
import type { SigningKeyView } from '../src/modules/audit/audit.controller.js';
import { GENESIS_HASH, OCCURRED_AT_AS_HASHED } from '../src/platform/event-store/event-hash.js';
import {
  actOn,
  givenAgreementAt,
  givenDraftAgreement,
  type LifecycleCast,
  type SignedIn,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The offline verifier (packages/verifier) and the api share no code: this proves they
 * agree on the hashes. The log is made by the api's own commands, the export by a small
 * writer here that follows the shared format (the api's real export writer is separate).
 */
interface LineRow {
  position: string;
  streamId: string;
  version: number;
  type: string;
  payload: unknown;
  actorId: string;
  occurredAt: string;
  hash: string;
  globalHash: string;
}

interface CheckpointRow {
  position: string | null;
  globalHash: string;
  streamCount: number;
  streamsDigest: string;
  createdAt: Date;
  keyId: string;
  signature: string;
}

const SIGNING_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

describe('the offline verifier against a log the api wrote', () => {
  let t: TestApp;
  let cast: LifecycleCast;
  let admin: SignedIn;
  let auditor: SignedIn;
  let agreement: AgreementView;

  beforeAll(async () => {
    t = await startTestApp({ signingKey: SIGNING_KEY });
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    admin = await signedInAs(t, 'admin');
    auditor = await signedInAs(t, 'auditor');
    agreement = await givenAgreementAt(t, cast, 'negotiation.in_round', {
      title: { vi: 'Hợp tác thể thao', ja: 'スポーツ協力', ru: 'Спортивное сотрудничество' },
    });
    const other = await givenDraftAgreement(t, cast.manager);
    const created = await t.request('POST', '/api/audit/checkpoints', { token: admin.token });
    if (created.status !== 201) throw new Error(`checkpoint: ${created.text}`);
    // Events after the checkpoint, interleaving the two streams.
    const edited = await actOn(t, cast.manager, other, 'edit', { endsOn: '2031-06-30' });
    if (edited.status !== 200) throw new Error(`edit: ${edited.text}`);
  });
  afterAll(() => t.close());

  async function lines(where = 'TRUE', values: unknown[] = []): Promise<LineRow[]> {
    const { rows } = await t.sql.query<LineRow>(
      `SELECT position::text AS "position", stream_id::text AS "streamId", stream_version AS version,
              type, payload, actor_id::text AS "actorId", ${OCCURRED_AT_AS_HASHED} AS "occurredAt",
              hash, global_hash AS "globalHash"
         FROM events WHERE ${where} ORDER BY events.position`,
      values,
    );
    return rows;
  }

  /** A test-only writer of the shared format: events.jsonl and manifest.json in a new folder. */
  async function writeExport(scope: 'log' | 'streams', rows: LineRow[]) {
    const all = await lines();
    const previous = new Map<string, { stream: string; global: string }>();
    const streamHeads = new Map<string, string>();
    let global = GENESIS_HASH;
    for (const row of all) {
      previous.set(row.position, { stream: streamHeads.get(row.streamId) ?? GENESIS_HASH, global });
      streamHeads.set(row.streamId, row.hash);
      global = row.globalHash;
    }
    const text = rows
      .map((row) => {
        const links = previous.get(row.position);
        const line = {
          ...row,
          previousHash: links?.stream,
          previousGlobalHash: links?.global,
        };
        return `${canonicalize(line) ?? ''}\n`;
      })
      .join('');
    const { rows: checkpoints } = await t.sql.query<CheckpointRow>(
      `SELECT position::text AS position, global_hash AS "globalHash", stream_count AS "streamCount",
              streams_digest AS "streamsDigest", created_at AS "createdAt", key_id AS "keyId", signature
         FROM event_checkpoints ORDER BY position DESC NULLS LAST LIMIT 1`,
    );
    const checkpoint = checkpoints[0];
    if (checkpoint === undefined) throw new Error('no checkpoint');
    const { rows: heads } = await t.sql.query<{
      stream_id: string;
      stream_version: number;
      hash: string;
    }>(
      `SELECT DISTINCT ON (stream_id) stream_id::text AS stream_id, stream_version, hash
         FROM events WHERE position <= $1 ORDER BY stream_id, stream_version DESC`,
      [checkpoint.position],
    );
    const key = (await t.request('GET', '/api/audit/signing-key')).json<SigningKeyView>();
    const last = all[all.length - 1];
    const streamIds = [...new Set(rows.map((row) => row.streamId))];
    const manifest = {
      format: 'concordat-export-manifest-v1',
      exportId: '00000000-0000-4000-8000-000000000006',
      createdAt: new Date().toISOString(),
      createdBy: { id: auditor.user.id, name: 'Auditor' },
      filters: {},
      scope,
      rowCount: rows.length,
      files: [
        {
          name: 'events.jsonl',
          sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
          bytes: Buffer.byteLength(text, 'utf8'),
          rows: rows.length,
        },
      ],
      chainHead: { position: last?.position ?? null, globalHash: last?.globalHash ?? GENESIS_HASH },
      range:
        scope === 'log'
          ? { fromPosition: rows[0]?.position, toPosition: rows[rows.length - 1]?.position }
          : null,
      streams:
        scope === 'streams'
          ? streamIds.map((streamId) => {
              const own = rows.filter((row) => row.streamId === streamId);
              const head = own[own.length - 1];
              return { streamId, fromVersion: 1, toVersion: head?.version, headHash: head?.hash };
            })
          : null,
      checkpoint: {
        format: 'concordat-checkpoint-v1',
        ...checkpoint,
        createdAt: checkpoint.createdAt.toISOString(),
      },
      checkpointHeads:
        scope === 'streams'
          ? heads.map((head) => [head.stream_id, head.stream_version, head.hash])
          : null,
      publicKey: key,
      verify: 'npm run verify -- events.jsonl manifest.json',
    };
    const dir = mkdtempSync(join(tmpdir(), 'concordat-export-'));
    const paths = {
      eventsPath: join(dir, 'events.jsonl'),
      manifestPath: join(dir, 'manifest.json'),
    };
    writeFileSync(paths.eventsPath, text);
    writeFileSync(paths.manifestPath, JSON.stringify(manifest, null, 2));
    return { ...paths, text, trustedPublicKeyPem: key.publicKeyPem };
  }

  it('accepts the whole log exported in scope "log", with the checkpoint signed by the api', async () => {
    const all = await lines();
    const exported = await writeExport('log', all);
    const report = await verifyExport(exported);
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checkpoint).toMatchObject({ signatureValid: true, trustedKey: true });
    expect(report.eventsChecked).toBe(all.length);
    expect(report.streams).toBe(2);
  });

  it('accepts one agreement\'s stream exported in scope "streams"', async () => {
    const exported = await writeExport('streams', await lines('stream_id = $1', [agreement.id]));
    const report = await verifyExport(exported);
    expect(report.findings).toEqual([]);
    expect(report.streams).toBe(1);
  });

  it('pinpoints a line whose payload was modified after the export', async () => {
    const exported = await writeExport('log', await lines());
    const text = exported.text.split('\n');
    const target = text.findIndex((line) => line.includes('Спортивное'));
    expect(target).toBeGreaterThanOrEqual(0);
    text[target] = (text[target] ?? '').replace('Спортивное', 'Спортивноe');
    writeFileSync(exported.eventsPath, text.join('\n'));
    const report = await verifyExport(exported);
    expect(report.ok).toBe(false);
    expect(report.findings[0]).toMatchObject({ code: 'line-modified', line: target + 1 });
    expect(report.findings.map((found) => found.code)).toContain('file-hash-mismatch');
  });
});
