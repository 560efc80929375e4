import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OPS } from '../shared/api/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => electron);

type Bridge = { invoke: (op: string, input: unknown) => Promise<unknown> };

async function loadPreload(): Promise<Bridge> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('./preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  return electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Bridge;
}

describe('the preload', () => {
  beforeEach(() => {
    electron.ipcRenderer.invoke.mockReset();
  });

  it('exposes window.maillage with invoke and nothing else', async () => {
    await loadPreload();
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
    expect(name).toBe('maillage');
    expect(Object.keys(api as object)).toEqual(['invoke']);
    expect(typeof (api as Bridge).invoke).toBe('function');
  });

  it('sends a known operation over the API channel and returns the answer', async () => {
    const bridge = await loadPreload();
    const answer = { ok: true, value: [] };
    electron.ipcRenderer.invoke.mockResolvedValue(answer);
    await expect(bridge.invoke('cases.list', {})).resolves.toBe(answer);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      'maillage:api',
      'cases.list',
      {},
    );
  });

  it('sends every operation of the contract', async () => {
    const bridge = await loadPreload();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
    for (const op of OPS) await bridge.invoke(op, {});
    expect(electron.ipcRenderer.invoke.mock.calls.map((call) => call[1])).toEqual(OPS);
  });

  it.each(['fs.readFile', 'constructor', '__proto__', 'toString', '', 'cases.list '])(
    'refuses the unknown operation %j without sending it',
    async (op) => {
      const bridge = await loadPreload();
      await expect(bridge.invoke(op, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown_operation' },
      });
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('refuses a non-string operation', async () => {
    const bridge = await loadPreload();
    const invoke = bridge.invoke as (op: unknown, input: unknown) => Promise<unknown>;
    await expect(invoke({ toString: () => 'cases.list' }, {})).resolves.toMatchObject({
      error: { code: 'unknown_operation' },
    });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed delivery into an error value the client can show', async () => {
    const bridge = await loadPreload();
    electron.ipcRenderer.invoke.mockRejectedValue(new Error("No handler registered for 'x'"));
    await expect(bridge.invoke('cases.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
