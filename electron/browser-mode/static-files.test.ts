import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, StaticRoot } from './static-files';

let parent: string;
let root: StaticRoot;

beforeAll(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'maillage-static-'));
  const dir = path.join(parent, 'renderer');
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(dir, 'assets', 'app-1a2b.js'), 'export {}');
  writeFileSync(path.join(dir, '.env'), 'SECRET=1');
  writeFileSync(path.join(parent, 'secret.txt'), 'outside');
  symlinkSync(path.join(parent, 'secret.txt'), path.join(dir, 'link.txt'));
  root = new StaticRoot(dir);
});

describe('StaticRoot', () => {
  it('serves index.html for / and files under the root with their content type', () => {
    expect(root.lookup('/')).toMatchObject({
      kind: 'file',
      contentType: 'text/html; charset=utf-8',
    });
    expect(root.lookup('/assets/app-1a2b.js')).toMatchObject({
      kind: 'file',
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it('refuses every spelling of a climb out of the root', () => {
    for (const bad of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets%5c..%5c..%5csecret.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
    ]) {
      expect(root.lookup(bad), bad).toEqual({ kind: 'bad_path' });
    }
  });

  it('refuses dot-files and a symlink pointing outside the root', () => {
    expect(root.lookup('/.env')).toEqual({ kind: 'bad_path' });
    expect(root.lookup('/link.txt')).toEqual({ kind: 'bad_path' });
  });

  it('answers not found for missing files and folders', () => {
    expect(root.lookup('/nope.js')).toEqual({ kind: 'not_found' });
    expect(root.lookup('/assets')).toEqual({ kind: 'not_found' });
    expect(new StaticRoot(path.join(parent, 'missing')).lookup('/')).toEqual({ kind: 'not_found' });
  });

  it('knows the content types a Vite build emits', () => {
    expect(contentTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a.SVG')).toBe('image/svg+xml');
    expect(contentTypeOf('a.bin')).toBe('application/octet-stream');
  });
});
