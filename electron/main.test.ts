import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MaillageError } from '../shared/errors';

// A fake Electron that records, in order, every call the main process makes.
const fake = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const { vi } = await import('vitest');
  const steps: string[] = [];
  const networkTouches: string[] = [];
  const step = (name: string) => vi.fn((..._args: unknown[]) => void steps.push(name));

  class BrowserWindow extends EventEmitter {
    static created: BrowserWindow[] = [];
    readonly loadURL = vi.fn(async (url: string) => void steps.push(`loadURL ${url}`));
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => true);
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      steps.push('new BrowserWindow');
      BrowserWindow.created.push(this);
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    lock: true,
    languages: ['fr-FR'],
    enableSandbox: step('app.enableSandbox'),
    commandLine: {
      appendSwitch: vi.fn((name: string, value?: string) =>
        steps.push(`app.commandLine.appendSwitch ${name}=${value ?? ''}`),
      ),
    },
    requestSingleInstanceLock: vi.fn(() => app.lock),
    whenReady: vi.fn(async () => void steps.push('ready')),
    getPreferredSystemLanguages: vi.fn(() => app.languages),
    quit: step('app.quit'),
    exit: step('app.exit'),
  });
  const originalOn = app.on.bind(app);
  app.on = ((event: string, listener: (...args: unknown[]) => void) => {
    steps.push(`app.on ${event}`);
    return originalOn(event, listener);
  }) as typeof app.on;

  const defaultSession = {
    webRequest: { onBeforeRequest: step('session.onBeforeRequest') },
    setPermissionRequestHandler: step('session.setPermissionRequestHandler'),
    setPermissionCheckHandler: step('session.setPermissionCheckHandler'),
    setDevicePermissionHandler: step('session.setDevicePermissionHandler'),
    setSpellCheckerEnabled: step('session.setSpellCheckerEnabled'),
  };
  // Any use of these would mean the app talks to the network on its own.
  const untouchable = (name: string) =>
    new Proxy(
      {},
      { get: (_target, prop) => (networkTouches.push(`${name}.${String(prop)}`), vi.fn()) },
    );

  const electron = {
    app,
    BrowserWindow,
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged: step('protocol.registerSchemesAsPrivileged'),
      handle: step('protocol.handle'),
    },
    ipcMain: { handle: step('ipcMain.handle'), removeHandler: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: step('Menu.setApplicationMenu'),
    },
    dialog: { showErrorBox: step('dialog.showErrorBox') },
    powerMonitor: new EventEmitter(),
    autoUpdater: untouchable('autoUpdater'),
    crashReporter: untouchable('crashReporter'),
    net: untouchable('net'),
    shell: untouchable('shell'),
  };
  return { electron, steps, networkTouches, BrowserWindow, app };
});
vi.mock('electron', () => fake.electron);

const host = vi.hoisted(() => ({
  resolveDataDir: vi.fn((_options: unknown) => '/home/educ/.config/Maillage'),
  close: vi.fn(),
  lock: vi.fn(),
  openAppStore: vi.fn((_dir: string): unknown => ({
    handlers: {},
    close: host.close,
    vault: { lock: host.lock },
  })),
}));
vi.mock('./host/data-dir', () => ({ resolveDataDir: host.resolveDataDir }));
vi.mock('./host/store-host', () => ({ openAppStore: host.openAppStore }));

async function startMain() {
  vi.resetModules();
  await import('./main');
  await new Promise((resolve) => setImmediate(resolve));
}

const indexOf = (step: string) => {
  const index = fake.steps.findIndex((s) => s.startsWith(step));
  expect(index, `${step} in ${fake.steps.join(', ')}`).toBeGreaterThanOrEqual(0);
  return index;
};

describe('the main process', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    fake.steps.length = 0;
    fake.networkTouches.length = 0;
    fake.BrowserWindow.created = [];
    fake.app.removeAllListeners();
    fake.electron.powerMonitor.removeAllListeners();
    fake.app.lock = true;
    fake.app.isPackaged = true;
    fake.app.languages = ['fr-FR'];
  });

  it('opens the store in the resolved data folder, then serves and shows the UI', async () => {
    await startMain();
    expect(host.resolveDataDir).toHaveBeenCalledWith({
      argv: process.argv,
      env: process.env,
      platform: process.platform,
      homedir: expect.any(String),
    });
    expect(host.openAppStore).toHaveBeenCalledWith('/home/educ/.config/Maillage');
    expect(fake.BrowserWindow.created).toHaveLength(1);
    const [window] = fake.BrowserWindow.created;
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://maillage/index.html');
  });

  it('sets every guard up before the page can load', async () => {
    await startMain();
    const ready = indexOf('ready');
    expect(indexOf('app.enableSandbox')).toBeLessThan(ready);
    // French date pickers: Chromium reads its locale switch before it is ready.
    expect(indexOf('app.commandLine.appendSwitch lang=fr-FR')).toBeLessThan(ready);
    expect(indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(ready);
    expect(indexOf('app.on web-contents-created')).toBeLessThan(indexOf('new BrowserWindow'));
    const load = indexOf('loadURL');
    for (const guard of [
      'session.onBeforeRequest',
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler',
      'protocol.handle',
      'ipcMain.handle',
      'Menu.setApplicationMenu',
    ]) {
      expect(indexOf(guard), guard).toBeLessThan(load);
    }
  });

  it('closes the store when the app quits', async () => {
    await startMain();
    expect(host.close).not.toHaveBeenCalled();
    fake.app.emit('will-quit');
    expect(host.close).toHaveBeenCalledOnce();
  });

  it.each(['lock-screen', 'suspend'])('locks the data when the system emits %s', async (event) => {
    await startMain();
    expect(host.lock).not.toHaveBeenCalled();
    fake.electron.powerMonitor.emit(event);
    expect(host.lock).toHaveBeenCalledOnce();
  });

  it('hands over to the running instance and opens nothing when one is already running', async () => {
    fake.app.lock = false;
    await startMain();
    expect(fake.steps).toContain('app.quit');
    expect(host.openAppStore).not.toHaveBeenCalled();
    expect(fake.BrowserWindow.created).toHaveLength(0);
  });

  it('brings the window back when a second instance starts', async () => {
    await startMain();
    fake.app.emit('second-instance', {}, ['maillage']);
    const [window] = fake.BrowserWindow.created;
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });

  it('quits when the window is closed', async () => {
    await startMain();
    fake.app.emit('window-all-closed');
    expect(fake.steps).toContain('app.quit');
  });

  it('explains in French why it cannot start, and opens no window', async () => {
    host.openAppStore.mockImplementationOnce(() => {
      throw new MaillageError('db_too_new', 'schema 9 > 3');
    });
    await startMain();
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Maillage ne peut pas démarrer',
      expect.stringContaining('version plus récente de Maillage'),
    );
    expect(fake.electron.app.exit).toHaveBeenCalledWith(1);
    expect(fake.BrowserWindow.created).toHaveLength(0);
    expect(fake.steps).not.toContain('ipcMain.handle');
  });

  it('speaks English to an English system', async () => {
    fake.app.languages = ['en-GB'];
    host.openAppStore.mockImplementationOnce(() => {
      throw new MaillageError('db_unavailable', 'EACCES');
    });
    await startMain();
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Maillage cannot start',
      'The data cannot be reached right now.',
    );
  });

  it('shows a command-line mistake as it is', async () => {
    host.resolveDataDir.mockImplementationOnce(() => {
      throw new Error('--data-dir needs a folder: --data-dir DIR');
    });
    await startMain();
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Maillage ne peut pas démarrer',
      '--data-dir needs a folder: --data-dir DIR',
    );
    expect(host.openAppStore).not.toHaveBeenCalled();
  });

  it('enables DevTools only when unpackaged', async () => {
    fake.app.isPackaged = false;
    await startMain();
    expect(fake.BrowserWindow.created[0]?.options.webPreferences.devTools).toBe(true);
  });

  it('makes no network request of its own: no updater, crash reporter, net or shell', async () => {
    await startMain();
    fake.app.emit('will-quit');
    expect(fake.networkTouches).toEqual([]);
  });
});
