// Electron's main process: wiring only. Order matters: the scheme is registered and the
// WebContents guards are in place before the app is ready; the session is hardened and the
// protocol served before the window loads; the store is closed on the way out.
// Nothing here talks to the network: no auto-updater, no crash reporter, no telemetry.
import { app, dialog, powerMonitor, session, type BrowserWindow } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_LOCALE } from './host/chromium-locale';
import { resolveDataDir } from './host/data-dir';
import { openAppStore } from './host/store-host';
import { registerApi } from './ipc';
import { installMenu, menuLanguage } from './menu';
import { installAppProtocol, registerAppScheme } from './protocol';
import { guardAllWebContents, hardenSession } from './security';
import { startupErrorDialog } from './startup-error';
import { createMainWindow } from './window';

// Built to dist/electron/main.cjs, beside preload.cjs; the renderer is in dist/renderer.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererRoot = path.join(__dirname, '..', 'renderer');

const logError = (message: string, error: unknown) => console.error(`[maillage] ${message}`, error);

let mainWindow: BrowserWindow | null = null;

function start(): void {
  const devTools = !app.isPackaged;
  const language = menuLanguage(app.getPreferredSystemLanguages());
  let store: ReturnType<typeof openAppStore>;
  try {
    const dataDir = resolveDataDir({
      argv: process.argv,
      env: process.env,
      platform: process.platform,
      homedir: os.homedir(),
    });
    store = openAppStore(dataDir);
  } catch (error) {
    logError('Cannot open the data', error);
    const { title, message } = startupErrorDialog(error, language);
    dialog.showErrorBox(title, message);
    app.exit(1);
    return;
  }
  app.once('will-quit', () => store.close());
  // A laptop left asleep or behind the system lock screen holds no key: unlocking Maillage again
  // needs the passphrase (the page notices at its next status check).
  const lockNow = () => void store.vault.lock();
  powerMonitor.on('lock-screen', lockNow);
  powerMonitor.on('suspend', lockNow);

  hardenSession(session.defaultSession);
  installAppProtocol(rendererRoot);
  installMenu({ language, platform: process.platform, devTools });
  registerApi(store.handlers, logError);
  mainWindow = createMainWindow({ preloadPath, devTools, title: 'Maillage' }, (error) =>
    logError('Cannot load the interface', error),
  );
  mainWindow.on('closed', () => (mainWindow = null));
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

app.enableSandbox();
// Chromium's own widgets (date pickers, number fields) asked in French (host/chromium-locale.ts).
app.commandLine.appendSwitch('lang', CHROMIUM_LOCALE);
registerAppScheme();
guardAllWebContents(app);

// One instance at a time: two processes writing the same SQLite file is how edits get lost.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logError('Startup failed', error);
      app.exit(1);
    });
}
