import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  class BrowserWindow extends EventEmitter {
    static created: BrowserWindow[] = [];
    static loadFailure: Error | null = null;
    readonly loadURL = vi.fn(async (_url: string) => {
      if (BrowserWindow.loadFailure) throw BrowserWindow.loadFailure;
    });
    readonly show = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.created.push(this);
    }
  }
  return { BrowserWindow };
});
vi.mock('electron', () => electron);

import { createMainWindow, mainWindowOptions } from './window';

const options = {
  preloadPath: '/app/dist/electron/preload.cjs',
  devTools: false,
  title: 'Maillage',
};

describe('the main window', () => {
  beforeEach(() => {
    electron.BrowserWindow.created = [];
    electron.BrowserWindow.loadFailure = null;
  });

  it('isolates and sandboxes the page, with no Node and web security on', () => {
    expect(mainWindowOptions(options).webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('enables DevTools only when asked (unpackaged runs)', () => {
    const dev = mainWindowOptions({ ...options, devTools: true });
    expect(dev.webPreferences?.devTools).toBe(true);
    expect(dev.webPreferences?.sandbox).toBe(true);
  });

  it('loads the UI from app://maillage, never file://, and shows it once painted', async () => {
    const onError = vi.fn();
    createMainWindow(options, onError);
    const [window] = electron.BrowserWindow.created;
    expect(window?.options).toMatchObject({ show: false, title: 'Maillage' });
    expect(window?.loadURL).toHaveBeenCalledExactlyOnceWith('app://maillage/index.html');
    expect(window?.show).not.toHaveBeenCalled();
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalledOnce();
    await Promise.resolve();
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports a page that fails to load instead of leaving a rejected promise', async () => {
    const failure = new Error('ERR_FILE_NOT_FOUND');
    electron.BrowserWindow.loadFailure = failure;
    const onError = vi.fn();
    createMainWindow(options, onError);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
  });
});
