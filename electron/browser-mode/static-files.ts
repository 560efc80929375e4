// Serves the built renderer. Only regular files inside the root are reachable: every request path
// is decoded once, refused if it holds "..", a backslash, a NUL or a dot-file segment, and the
// real path (symlinks followed) must still lie inside the root.
import { realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  | { kind: 'file'; file: string; stats: Stats; contentType: string }
  | { kind: 'bad_path' }
  | { kind: 'not_found' };

export class StaticRoot {
  private readonly root: string;

  constructor(root: string) {
    // Resolved once: a missing build folder is reported when a page is asked for, not at start.
    this.root = path.resolve(root);
  }

  /** `pathname` is the raw, still percent-encoded path of the request URL, without the query. */
  lookup(pathname: string): StaticLookup {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return { kind: 'bad_path' };
    }
    if (!decoded.startsWith('/') || /[\\\0]/.test(decoded)) return { kind: 'bad_path' };
    const segments = decoded.split('/').slice(1);
    if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) {
      return { kind: 'bad_path' };
    }
    const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
    const candidate = path.join(this.root, ...relative.split('/'));
    try {
      const realRoot = realpathSync(this.root);
      const real = realpathSync(candidate);
      if (!real.startsWith(realRoot + path.sep)) return { kind: 'bad_path' };
      const stats = statSync(real);
      if (!stats.isFile()) return { kind: 'not_found' };
      return { kind: 'file', file: real, stats, contentType: contentTypeOf(real) };
    } catch {
      return { kind: 'not_found' };
    }
  }
}
