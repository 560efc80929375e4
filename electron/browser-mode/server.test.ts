import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppStore, type AppStore } from '../host/store-host';
import { CONTENT_SECURITY_POLICY } from './http-replies';
import { startServer, type BrowserServer } from './server';

const SECRET = 'test-secret-0123456789abcdefghijklmnopqrstuv';
const PSEUDONYM = 'Lina, 15 ans';
const PASSPHRASE = 'lanterne marée cobalt 42';

let store: AppStore;
let server: BrowserServer;
let host: string;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so tests can forge the Host header and send paths fetch() would normalise. */
function send(
  method: string,
  target: string,
  headers: OutgoingHttpHeaders = {},
  body?: string | Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, method, path: target, headers: { host, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const api = (op: string, input: unknown, headers: OutgoingHttpHeaders = {}) =>
  send(
    'POST',
    `/api/${op}`,
    { 'content-type': 'application/json', authorization: `Bearer ${SECRET}`, ...headers },
    JSON.stringify(input),
  );

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'maillage-server-'));
  const staticDir = path.join(root, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Maillage</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'package.json'), '{"name":"outside"}');
  store = openAppStore(path.join(root, 'data'));
  server = await startServer({ handlers: store.handlers, staticDir, secret: SECRET });
  host = `127.0.0.1:${server.port}`;
  // The vault starts uninitialised: the first launch chooses the passphrase.
  expect((await api('session.setup', { passphrase: PASSPHRASE })).status).toBe(200);
  // Something to steal: every refusal below must leak none of it.
  expect((await api('cases.create', { pseudonym: PSEUDONYM })).status).toBe(200);
});

afterAll(async () => {
  await server.close();
  store.close();
});

describe('the browser-mode server', () => {
  it('listens on 127.0.0.1 only and hands out a URL with the secret in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#secret=${SECRET}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('refuses a connection on any other local address', async () => {
    const other = await new Promise<string>((resolve) => {
      const req = httpRequest({ host: '127.0.0.2', port: server.port, path: '/' }, () =>
        resolve('answered'),
      );
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      req.end();
    });
    expect(other).toBe('ECONNREFUSED');
  });

  it('serves the API to the page that knows the secret: create a case, then list it', async () => {
    const created = await api('cases.create', { pseudonym: 'Noé' });
    expect(created.status).toBe(200);
    expect(created.headers['cache-control']).toBe('no-store');
    const listed = await api('cases.list', {});
    expect(listed.status).toBe(200);
    const result = JSON.parse(listed.body) as { ok: true; value: { pseudonym: string }[] };
    expect(result.ok).toBe(true);
    expect(result.value.map((c) => c.pseudonym).sort()).toEqual([PSEUDONYM, 'Noé'].sort());
  });

  it('answers 423 to the data while locked, and serves them again after the unlock', async () => {
    expect((await api('session.lock', {})).status).toBe(200);
    const locked = await api('cases.list', {});
    expect(locked.status).toBe(423);
    expect(JSON.parse(locked.body)).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(locked.body).not.toContain('Lina');
    const wrong = await api('session.unlock', { passphrase: 'not the passphrase' });
    expect(wrong.status).toBe(403);
    expect(JSON.parse(wrong.body)).toMatchObject({ error: { code: 'wrong_passphrase' } });
    const unlocked = await api('session.unlock', { passphrase: PASSPHRASE });
    expect(JSON.parse(unlocked.body)).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect((await api('cases.list', {})).body).toContain('Lina');
  });

  it('answers 401 without the secret or with a wrong one, and gives away no data', async () => {
    for (const authorization of [undefined, `Bearer ${SECRET}x`, 'Bearer ', SECRET, 'Basic x']) {
      const headers: OutgoingHttpHeaders = { 'content-type': 'application/json' };
      if (authorization !== undefined) headers.authorization = authorization;
      const answer = await send('POST', '/api/cases.list', headers, '{}');
      expect(answer.status, String(authorization)).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(answer.body).not.toContain('Lina');
    }
  });

  it('answers 403 to a forged Host (DNS rebinding), even with the secret', async () => {
    for (const forged of [
      'evil.example:80',
      `localhost:${server.port}`,
      '127.0.0.1',
      `127.0.0.1:1`,
    ]) {
      const answer = await api('cases.list', {}, { host: forged });
      expect(answer.status, forged).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(answer.body).not.toContain('Lina');
      expect((await send('GET', '/', { host: forged })).status).toBe(403);
    }
  });

  it('answers 403 to a foreign Origin (CSRF), even with the secret', async () => {
    for (const origin of ['https://evil.example', 'null', `http://localhost:${server.port}`]) {
      const answer = await api('cases.list', {}, { origin });
      expect(answer.status, origin).toBe(403);
      expect(answer.body).not.toContain('Lina');
      expect((await send('GET', '/', { origin })).status).toBe(403);
    }
    const own = await api('cases.list', {}, { origin: `http://${host}` });
    expect(own.status).toBe(200);
  });

  it('sends no CORS header and answers 405 to a preflight', async () => {
    const preflight = await send('OPTIONS', '/api/cases.list', {
      origin: `http://${host}`,
      'access-control-request-method': 'POST',
    });
    expect(preflight.status).toBe(405);
    const answers = [preflight, await api('cases.list', {}), await send('GET', '/')];
    for (const answer of answers) {
      expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control-'))).toEqual(
        [],
      );
    }
    expect(
      (await send('GET', '/api/cases.list', { authorization: `Bearer ${SECRET}` })).status,
    ).toBe(405);
    expect((await send('DELETE', '/')).status).toBe(405);
  });

  it('answers 413 to a 9 MB body without storing anything', async () => {
    const big = JSON.stringify({ pseudonym: 'x'.repeat(9 * 1024 * 1024) });
    const answer = await api('cases.create', JSON.parse(big));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'payload_too_large' } });
    const listed = JSON.parse((await api('cases.list', {})).body) as { value: unknown[] };
    expect(listed.value).toHaveLength(2);
  });

  it('stops a 9 MB body sent in chunks, with no declared length, at 8 MB', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/cases.create',
          headers: {
            host,
            'content-type': 'application/json',
            authorization: `Bearer ${SECRET}`,
            'transfer-encoding': 'chunked',
          },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write('{"pseudonym":"');
      const megabyte = Buffer.alloc(1024 * 1024, 'y');
      for (let i = 0; i < 9; i++) req.write(megabyte);
      req.end('"}');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('answers 415 to a body that is not declared as JSON', async () => {
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded']) {
      const headers: OutgoingHttpHeaders = { authorization: `Bearer ${SECRET}` };
      if (type !== undefined) headers['content-type'] = type;
      expect((await send('POST', '/api/cases.list', headers, '{}')).status, type).toBe(415);
    }
    const charset = await api(
      'cases.list',
      {},
      { 'content-type': 'application/json; charset=utf-8' },
    );
    expect(charset.status).toBe(200);
  });

  it('maps bad input, unknown operations and missing records to 400 and 404', async () => {
    const bad = await api('cases.create', { pseudonym: '' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ error: { code: 'invalid_input' } });
    expect((await api('cases.drop', {})).status).toBe(400);
    const missing = await api('cases.delete', { id: '7d1c2c4e-8f5b-4a7e-9d0a-0b8c9a6e5f41' });
    expect(missing.status).toBe(404);
    const notJson = await send(
      'POST',
      '/api/cases.list',
      { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` },
      '{"oops',
    );
    expect(notJson.status).toBe(400);
  });

  it('serves index.html at / with the CSP and the protective headers', async () => {
    const page = await send('GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Maillage</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const script = await send('GET', '/assets/app.js?v=1');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send('HEAD', '/')).body).toBe('');
    expect((await send('GET', '/missing.js')).status).toBe(404);
  });

  it('refuses path traversal, plain or encoded', async () => {
    for (const target of [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e%2fpackage.json',
      '/%2e%2e/package.json',
      '/..%5cpackage.json',
      '/assets%5c..%5c..%5cpackage.json',
    ]) {
      const answer = await send('GET', target);
      expect(answer.status, target).toBe(400);
      expect(answer.body).not.toContain('outside');
    }
    expect((await send('GET', 'http://127.0.0.1/')).status).toBe(400);
  });
});
