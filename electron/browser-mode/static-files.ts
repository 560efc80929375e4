// Serves the built renderer. Only regular files inside the root are reachable: every request path
// is decoded once, refused if it holds "..", a backslash, a NUL or a dot-file segment, and the
// real path (symlinks followed) must still lie inside the root.
import { realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { contentTypeOf } from '../host/web-content';

export { contentTypeOf };

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
