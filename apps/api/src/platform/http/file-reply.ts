import type { FastifyReply } from 'fastify';

/** A stored file as the download routes answer it: the bytes and the hash recorded for them. */
export interface StoredFile {
  name: string;
  mediaType: string;
  sha256: string;
  content: Buffer;
}

/** RFC 6266 with an ASCII fallback, so Vietnamese or Japanese file names survive. */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Sets a download's headers and hands back its bytes (attachments and evidence alike). */
export function replyWithFile(reply: FastifyReply, file: StoredFile): Buffer {
  void reply.headers({
    'content-type': file.mediaType,
    'content-disposition': contentDisposition(file.name),
    // RFC 9530: lets the client check the bytes against the hash in the event.
    'repr-digest': `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
    'x-content-sha256': file.sha256,
  });
  return file.content;
}

/** Sets the headers of a CSV export named `name`; the caller returns the text. */
export function replyWithCsv(reply: FastifyReply, name: string): void {
  void reply.headers({
    'content-type': 'text/csv; charset=utf-8; header=present',
    'content-disposition': contentDisposition(name),
  });
}
