// Serves the renderer (dist/renderer) from app://maillage/ instead of file://, so the page has a
// real origin the CSP, the IPC sender check and the request filter can rely on. Every response
// carries the CSP; any path that could leave the renderer folder is refused before touching disk.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from './host/web-content';

export { CONTENT_SECURITY_POLICY, contentTypeOf };

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

export type ResolvedPath = { ok: true; file: string } | { ok: false; status: 400 | 404 };

/**
 * Maps an app:// URL onto a file inside `root`, or refuses it. Pure (no disk access).
 * 400: anything that tries to climb out or smuggle a separator (decoded `..` or `.`, encoded
 * `/` or `\`, NUL, backslashes, absolute or drive paths, empty segments, malformed or double
 * escapes).
 * 404: not the app's own host.
 */
export function resolveAppPath(root: string, url: string): ResolvedPath {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) {
    return { ok: false, status: 404 };
  }
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, status: 400 };

  const raw = parsed.pathname;
  if (/%(2f|5c|00)/i.test(raw)) return { ok: false, status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  // A '%' left after decoding means double encoding: refused rather than guessed at.
  if (!decoded.startsWith('/') || /[\\\0%]/.test(decoded)) return { ok: false, status: 400 };

  const segments = decoded.slice(1).split('/');
  const unsafe = (segment: string) =>
    segment === '' || segment === '.' || segment === '..' || segment.includes(':');
  if (segments.some(unsafe)) return { ok: false, status: 400 };

  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  if (!file.startsWith(base + path.sep)) return { ok: false, status: 400 };
  return { ok: true, file };
}

function respond(
  status: number,
  body: Uint8Array<ArrayBuffer> | null,
  contentType?: string,
): Response {
  const headers = new Headers(SECURITY_HEADERS);
  if (contentType) headers.set('Content-Type', contentType);
  return new Response(body, { status, headers });
}

export type ReadFile = (file: string) => Promise<Uint8Array>;

/** The handler behind app://: GET and HEAD only, files from `root` only, CSP on every answer. */
export function createAppProtocolHandler(
  root: string,
  read: ReadFile = (file) => readFile(file),
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null);
    const resolved = resolveAppPath(root, request.url);
    if (!resolved.ok) return respond(resolved.status, null);
    let content: Uint8Array;
    try {
      content = await read(resolved.file);
    } catch {
      // Missing files and folders alike: nothing to serve, and no detail about the disk.
      return respond(404, null);
    }
    const body = request.method === 'HEAD' ? null : (content as Uint8Array<ArrayBuffer>);
    return respond(200, body, contentTypeOf(resolved.file));
  };
}

/**
 * Must run before the app is ready: `standard` gives the scheme real origins and relative URLs,
 * `secure` makes it a secure context, `supportFetchAPI` lets the page fetch its own assets.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Must run once the app is ready. */
export function installAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
}
