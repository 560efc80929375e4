import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import {
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  installAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from './protocol';

// A renderer folder with a secret file beside it that no URL may reach.
const base = mkdtempSync(path.join(tmpdir(), 'maillage-protocol-'));
const root = path.join(base, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Maillage</title>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("maillage")');
writeFileSync(path.join(root, 'assets', 'étoile.svg'), '<svg/>');
writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const inside = (file: string) => file.startsWith(path.resolve(root) + path.sep);

describe('resolveAppPath', () => {
  it('serves index.html for the bare origin and maps nested assets inside the root', () => {
    for (const url of ['app://maillage', 'app://maillage/', 'app://maillage/index.html']) {
      expect(resolveAppPath(root, url)).toEqual({ ok: true, file: path.join(root, 'index.html') });
    }
    expect(resolveAppPath(root, 'app://maillage/assets/app.js?v=1#x')).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'app.js'),
    });
    expect(resolveAppPath(root, 'app://maillage/assets/%C3%A9toile.svg')).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'étoile.svg'),
    });
  });

  it.each([
    'app://maillage/..%2fsecret.txt',
    'app://maillage/..%2Fsecret.txt',
    'app://maillage/assets%2f..%2f..%2fsecret.txt',
    'app://maillage/..%5csecret.txt',
    'app://maillage/%2e%2e%2fsecret.txt',
    'app://maillage/%252e%252e/secret.txt',
    'app://maillage/..\\secret.txt',
    'app://maillage//etc/passwd',
    'app://maillage/%2Fetc%2Fpasswd',
    'app://maillage/C:/Windows/win.ini',
    'app://maillage/C%3A%5CWindows%5Cwin.ini',
    'app://maillage/index.html%00.png',
    'app://maillage/assets//app.js',
    'app://maillage/index.html::$DATA',
    'app://maillage/%E0%A4%A',
    'app://user:pw@maillage/index.html',
  ])('rejects %s with 400', (url) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: false, status: 400 });
  });

  it.each([
    'app://other/index.html',
    'app://maillage:8080/index.html',
    'file:///etc/passwd',
    'https://maillage/index.html',
  ])('answers 404 for %s, which is not the app origin', (url) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: false, status: 404 });
  });

  it('keeps dot segments that URL parsing removes inside the root', () => {
    const result = resolveAppPath(root, 'app://maillage/assets/../../../secret.txt');
    expect(result).toEqual({ ok: true, file: path.join(root, 'secret.txt') });
  });

  it('never resolves any path outside the root', () => {
    const piece = fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E%2e',
      '%2f',
      '%5c',
      '\\',
      '/',
      'a',
      'é',
      '%',
      ':',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const result = resolveAppPath(root, `app://maillage/${pieces.join('')}`);
        return !result.ok || inside(result.file);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the Content-Security-Policy', () => {
  it('allows no remote origin, no eval, no plugins, no framing and no form posts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|file:|\*/);
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
  });
});

describe('the app:// handler', () => {
  const handler = createAppProtocolHandler(root);
  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

  it('serves the page and its assets with their type and the CSP', async () => {
    const page = await get('app://maillage/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Maillage</title>');

    const script = await get('app://maillage/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("maillage")');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://maillage/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://maillage/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never reads a file for a traversal attempt, and still sends the CSP', async () => {
    const read = vi.fn(async () => new Uint8Array());
    const guarded = createAppProtocolHandler(root, read);
    const response = await guarded(new Request('app://maillage/..%2fsecret.txt'));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(read).not.toHaveBeenCalled();
  });

  it('answers 404 for missing files and for folders', async () => {
    expect((await get('app://maillage/nope.js')).status).toBe(404);
    expect((await get('app://maillage/assets')).status).toBe(404);
    const secret = await get('app://maillage/assets/../../secret.txt');
    expect(secret.status).toBe(404);
    expect(await secret.text()).not.toContain('SECRET');
  });
});

describe('registration with Electron', () => {
  beforeEach(() => vi.clearAllMocks());

  it('registers app: as a standard, secure, fetchable scheme without bypassing the CSP', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles app: with a handler that serves the given renderer folder', async () => {
    installAppProtocol(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const registered = electron.protocol.handle.mock.calls[0]?.[1] as (
      request: Request,
    ) => Promise<Response>;
    const response = await registered(new Request('app://maillage/index.html'));
    expect(response.status).toBe(200);
  });
});
