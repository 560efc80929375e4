// Starts the real app in browser mode on a data folder and drives Debian's Chromium against it.
// Every request the page makes is recorded; tests fail if one leaves the app's loopback origin.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BROWSER_MODE_ENTRY = resolve('dist/electron/browser-mode.js');
export const CHROMIUM = '/usr/bin/chromium';

export interface RunningApp {
  url: string;
  origin: string;
  child: ChildProcess;
  /** Ctrl-C: resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, as a crash or a power cut would. */
  kill(): Promise<void>;
}

export function tempDataDir(prefix = 'maillage-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function startApp(dataDir: string): Promise<RunningApp> {
  const child = spawn(process.execPath, [BROWSER_MODE_ENTRY, '--no-open', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`No URL printed within 20 s. stderr: ${stderr}`)),
      20_000,
    );
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      done(line.trim());
    });
    void exited.then((code) =>
      fail(new Error(`Server exited (${code}) before printing its URL: ${stderr}`)),
    );
  });
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`Unexpected first line: ${url}`);
  return {
    url,
    origin: new URL(url).origin,
    child,
    stop: async () => {
      child.kill('SIGINT');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for that is not the app's own origin (data: and blob: are local). */
  foreignRequests(): string[];
  close(): Promise<void>;
}

export async function openBrowser(
  allowedOrigin: () => string,
  viewport = { width: 1280, height: 800 },
): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport, locale: 'fr-FR' });
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== allowedOrigin()) foreign.push(url);
  });
  const page = await context.newPage();
  return {
    browser,
    context,
    page,
    foreignRequests: () => [...foreign],
    close: () => browser.close(),
  };
}
