// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../shared/api/client';
import { MaillageError } from '../../shared/errors';
import { describeError } from '../errors/describe';
import {
  captureSecret,
  httpTransport,
  NetworkError,
  SECRET_KEY,
  selectTransport,
} from './transport';

const ok = (value: unknown) => new Response(JSON.stringify({ ok: true, value }), { status: 200 });

beforeEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});
afterEach(() => {
  delete window.maillage;
  vi.unstubAllGlobals();
});

describe('captureSecret', () => {
  it('keeps the secret for the session and takes it out of the address bar', () => {
    history.replaceState(null, '', '/index.html?x=1#secret=s3cr3t');
    captureSecret(window);
    expect(sessionStorage.getItem(SECRET_KEY)).toBe('s3cr3t');
    expect(location.hash).toBe('');
    expect(location.href).not.toContain('s3cr3t');
    expect(location.pathname + location.search).toBe('/index.html?x=1');
  });

  it('keeps a stored secret after a reload without fragment', () => {
    sessionStorage.setItem(SECRET_KEY, 'earlier');
    captureSecret(window);
    expect(sessionStorage.getItem(SECRET_KEY)).toBe('earlier');
  });
});

describe('selectTransport', () => {
  it('uses the preload bridge when Electron provides one, and never HTTP', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: [] }));
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    window.maillage = { invoke };
    const api = createClient(selectTransport(window));
    await expect(api['cases.list']({})).resolves.toEqual([]);
    expect(invoke).toHaveBeenCalledWith('cases.list', {});
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('reports a broken IPC channel as the network error', async () => {
    window.maillage = {
      invoke: async () => {
        throw new Error('channel closed');
      },
    };
    const api = createClient(selectTransport(window));
    const error = await api['cases.list']({}).catch((e: unknown) => e);
    expect(describeError(error).key).toBe('errors.network');
  });

  it('falls back to HTTP with the secret from the page URL', async () => {
    history.replaceState(null, '', '/#secret=abc');
    const fetchSpy = vi.fn(async () => ok([]));
    vi.stubGlobal('fetch', fetchSpy);
    const api = createClient(selectTransport(window));
    await api['cases.list']({});
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/cases.list');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer abc');
    expect(JSON.parse(init.body as string)).toEqual({});
    expect(location.hash).toBe('');
  });
});

describe('httpTransport', () => {
  const client = (fetchFn: typeof fetch) => createClient(httpTransport(fetchFn, () => 'key'));

  it('reads the error of a refused call from the body whatever the status', async () => {
    const refusal = {
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'bad',
        fields: [{ path: 'pseudonym', issue: 'required' }],
      },
    };
    const fetchFn = vi.fn(async () => new Response(JSON.stringify(refusal), { status: 400 }));
    const api = client(fetchFn);
    const error = await api['cases.create']({ pseudonym: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MaillageError);
    expect(describeError(error)).toEqual({
      key: 'errors.invalid_input',
      fields: [{ path: 'pseudonym', issue: 'required' }],
    });
  });

  it('turns an unreachable server into the translated network error', async () => {
    const fetchFn = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const api = client(fetchFn);
    const error = await api['cases.list']({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(describeError(error).key).toBe('errors.network');
  });

  it('treats an answer that is not a WireResult as an internal error', async () => {
    const fetchFn = vi.fn(async () => new Response('<html>proxy</html>', { status: 502 }));
    const api = client(fetchFn);
    const error = await api['cases.list']({}).catch((e: unknown) => e);
    expect(describeError(error).key).toBe('errors.internal');
  });
});
