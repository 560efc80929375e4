// Opens the app in a Chromium window of its own (app mode: no tabs, no address bar) when one is
// installed and there is a screen to show it on. Its profile lives in the data folder, apart from
// the user's everyday browsing, with Chromium's own calls home switched off.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_LOCALE } from '../host/chromium-locale';

const LINUX_FIXED = ['/usr/bin/chromium'];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MAC_APPS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const WINDOWS_SUFFIX = path.win32.join('Google', 'Chrome', 'Application', 'chrome.exe');

export interface Environment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
}

/** Linux and the BSDs need an X or Wayland session; macOS and Windows always have a desktop. */
export function hasDisplay({ platform, env }: Environment): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Where to look, in order; the first executable one wins. */
export function chromiumCandidates({ platform, env }: Environment): string[] {
  if (platform === 'darwin') return MAC_APPS;
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']];
    return roots
      .filter((r): r is string => Boolean(r))
      .map((r) => path.win32.join(r, WINDOWS_SUFFIX));
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => path.isAbsolute(d));
  return [...LINUX_FIXED, ...ON_PATH.flatMap((name) => dirs.map((d) => path.join(d, name)))];
}

export function findChromium(
  environment: Environment,
  isExecutable: (file: string) => boolean = canExecute,
): string | undefined {
  return chromiumCandidates(environment).find(isExecutable);
}

function canExecute(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function chromiumArgs(url: string, dataDir: string): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${path.join(dataDir, 'browser-profile')}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    // Chromium's own widgets (date pickers, number fields) asked in French (host/chromium-locale.ts).
    `--lang=${CHROMIUM_LOCALE}`,
  ];
}

/** Detached and unreferenced: the window belongs to the user, the server does not wait for it. */
export function openChromium(binary: string, url: string, dataDir: string): void {
  const child = spawn(binary, chromiumArgs(url, dataDir), { detached: true, stdio: 'ignore' });
  child.on('error', () => {});
  child.unref();
}
