// The one window. Its web preferences are the hardening checklist of Electron's security guide:
// the page gets no Node, runs sandboxed and isolated from the preload, and loads only app://.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

export type MainWindowOptions = {
  preloadPath: string;
  /** DevTools only when running unpackaged. */
  devTools: boolean;
  title: string;
};

export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: options.title,
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
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
      safeDialogs: true,
      // A middle click must not open a link in a new window (Electronegativity's AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
    },
  };
}

export function createMainWindow(
  options: MainWindowOptions,
  onLoadError: (error: unknown) => void,
): BrowserWindow {
  // Electronegativity reads only literal options: contextIsolation, sandbox and Auxclick are set
  // in mainWindowOptions() above, which window.test.ts checks.
  const window = new BrowserWindow(mainWindowOptions(options)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  // Shown once painted, so the user never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch(onLoadError);
  return window;
}
