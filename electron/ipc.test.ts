import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OPS, type ApiHandlers, type Op } from '../shared/api';
import type { WireResult } from '../shared/errors';

type Handler = (event: unknown, op: unknown, input: unknown) => Promise<WireResult>;
const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
}));
vi.mock('electron', () => electron);

import { registerApi } from './ipc';

const CASE = {
  id: '0b8e7a4c-1d2f-4e3a-9b5c-6d7e8f9a0b1c',
  pseudonym: 'Lina',
  birthYear: null,
  referent: '',
};

/** A store whose every operation is a spy, so a test sees whether anything was touched. */
function spyStore() {
  const handlers = Object.fromEntries(
    OPS.map((op) => [op, vi.fn(() => CASE)]),
  ) as unknown as Record<Op, ReturnType<typeof vi.fn>>;
  return { handlers, typed: handlers as unknown as ApiHandlers };
}

function register() {
  const store = spyStore();
  const log = vi.fn();
  const unregister = registerApi(store.typed, log);
  const [channel, handler] = electron.ipcMain.handle.mock.calls[0] as [string, Handler];
  return { store, log, unregister, channel, handler };
}

const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } });
const touched = (store: ReturnType<typeof spyStore>) =>
  Object.values(store.handlers).some((spy) => spy.mock.calls.length > 0);

describe('the IPC handler', () => {
  beforeEach(() => vi.clearAllMocks());

  it('listens on the one API channel and can be removed', async () => {
    const { channel, unregister } = register();
    expect(channel).toBe('maillage:api');
    unregister();
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith('maillage:api');
  });

  it('runs a valid call from the app page through the store', async () => {
    const { handler, store } = register();
    const result = await handler(from('app://maillage/index.html'), 'cases.create', {
      pseudonym: 'Lina',
    });
    expect(result).toEqual({ ok: true, value: CASE });
    expect(store.handlers['cases.create']).toHaveBeenCalledWith({
      pseudonym: 'Lina',
      birthYear: null,
      referent: '',
    });
  });

  it.each([
    ['no sender frame', from(null)],
    ['a web page', from('https://example.org/')],
    ['a local file', from('file:///home/user/evil.html')],
    ['another app: host', from('app://maillage.evil/index.html')],
    ['a loopback server', from('http://127.0.0.1:5173/')],
    ['an about:blank frame', from('about:blank')],
  ])('refuses a call from %s with forbidden, touching nothing', async (_name, event) => {
    const { handler, store } = register();
    const result = await handler(event, 'cases.delete', { id: CASE.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(touched(store)).toBe(false);
  });

  it('refuses a sender frame that can no longer be read', async () => {
    const { handler, store } = register();
    const gone = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(await handler(gone, 'cases.list', {})).toMatchObject({ error: { code: 'forbidden' } });
    expect(touched(store)).toBe(false);
  });

  it('answers invalid input with a typed error naming the field, store untouched', async () => {
    const { handler, store } = register();
    const result = await handler(from('app://maillage/'), 'cases.create', { pseudonym: 42 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.any(String),
        fields: [{ path: 'pseudonym', issue: 'invalid' }],
      },
    });
    expect(touched(store)).toBe(false);
  });

  it('answers an unknown operation with unknown_operation', async () => {
    const { handler, store } = register();
    const result = await handler(from('app://maillage/'), 'fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(touched(store)).toBe(false);
  });

  it('waits for an asynchronous operation (the session ones derive a key)', async () => {
    const { handler, store } = register();
    store.handlers['session.lock'].mockImplementation(async () => ({ state: 'locked' }));
    const result = await handler(from('app://maillage/'), 'session.lock', {});
    expect(result).toEqual({ ok: true, value: { state: 'locked' } });
  });

  it('turns a store crash into an internal error value and logs it', async () => {
    const { handler, store, log } = register();
    store.handlers['cases.list'].mockImplementation(() => {
      throw new Error('disk I/O error');
    });
    const result = await handler(from('app://maillage/'), 'cases.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('disk I/O');
    expect(log).toHaveBeenCalledOnce();
  });
});
