import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import type { DataSource } from 'typeorm';

/** About 1 MB a row: few rows per file, and no row a burden to hold or send. */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * A file of an export written into `export_file_chunks`, a chunk per row as the bytes
 * come, each insert committed on its own: the file never sits whole in memory, and any api
 * instance can serve it. The SHA-256 and size are counted on the way through.
 */
export class ChunkSink extends Writable {
  private readonly hash = createHash('sha256');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  private stopped = false;
  private inflight: Promise<void> = Promise.resolve();
  bytes = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly exportId: string,
    readonly name: string,
  ) {
    super({ highWaterMark: CHUNK_BYTES });
  }

  get sha256(): string {
    return this.hash.copy().digest('hex');
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error) => void): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < CHUNK_BYTES) {
      done();
      return;
    }
    this.inflight = this.flush();
    this.inflight.then(() => {
      done();
    }, done);
  }

  /** Stores nothing more and waits for an insert under way (a cancelled or failed run). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.inflight.catch(() => undefined);
  }

  override _final(done: (error?: Error) => void): void {
    this.inflight = this.flush();
    this.inflight.then(() => {
      done();
    }, done);
  }

  private async flush(): Promise<void> {
    if (this.stopped) throw new Error(`the export file ${this.name} is no longer written`);
    if (this.pendingBytes === 0 && this.seq > 0) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    await this.dataSource.query(
      `INSERT INTO export_file_chunks (export_id, name, seq, data) VALUES ($1, $2, $3, $4)`,
      [this.exportId, this.name, this.seq, data],
    );
    this.seq += 1;
  }
}

/** The bytes of a stored export file, read one chunk at a time as the client takes them. */
export function readChunks(dataSource: DataSource, exportId: string, name: string): Readable {
  let seq = 0;
  return new Readable({
    read() {
      dataSource
        .query<Array<{ data: Buffer }>>(
          `SELECT data FROM export_file_chunks WHERE export_id = $1 AND name = $2 AND seq = $3`,
          [exportId, name, seq],
        )
        .then(
          (rows) => {
            seq += 1;
            this.push(rows[0]?.data ?? null);
          },
          (error: unknown) =>
            this.destroy(error instanceof Error ? error : new Error(String(error))),
        );
    },
  });
}

/** Removes every stored file of an export (cancelled, failed, expired, or a retry's leftovers). */
export async function deleteChunks(
  query: (sql: string, params: unknown[]) => Promise<unknown>,
  exportId: string,
): Promise<void> {
  await query(`DELETE FROM export_file_chunks WHERE export_id = $1`, [exportId]);
}
