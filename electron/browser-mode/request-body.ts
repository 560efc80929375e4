// Reads a JSON request body with a size limit enforced while it streams in, so an oversized body
// is never held in memory nor parsed.
import type { IncomingMessage } from 'node:http';

export const BODY_LIMIT = 8 * 1024 * 1024;
/** Past this many discarded bytes the client is not a well-behaved page: drop the connection. */
const DISCARD_LIMIT = 8 * BODY_LIMIT;

export type BodyRead = { kind: 'ok'; text: string } | { kind: 'too_large' } | { kind: 'aborted' };

export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const mediaType = header.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/**
 * Resolves once the request has ended. An oversized body is drained rather than cut off: answering
 * 413 while the client is still writing would reset the socket before it could read the answer.
 */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<BodyRead> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    let tooLarge = Number.isFinite(declared) && declared > limit;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > DISCARD_LIMIT) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) resolve({ kind: 'too_large' });
      else resolve({ kind: 'ok', text: Buffer.concat(chunks, size).toString('utf8') });
    });
    req.on('close', () => {
      if (!req.complete) resolve({ kind: 'aborted' });
    });
  });
}
