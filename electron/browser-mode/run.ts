// Browser mode from start to finish: resolve the data folder, open the store, serve it on the
// loopback interface, print the one URL line on stdout, open a Chromium window when possible, and
// on Ctrl-C close everything so the database is checkpointed and whole.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MaillageError } from '../../shared/errors';
import { resolveDataDir, UsageError } from '../host/data-dir';
import { openAppStore } from '../host/store-host';
import { findChromium, hasDisplay, openChromium } from './chromium';
import { parseOptions } from './options';
import { newSecret } from './security';
import { startServer } from './server';

/** Overrides where the built renderer is looked for (tests, development). */
export const RENDERER_DIR_ENV = 'MAILLAGE_RENDERER_DIR';

export interface BrowserModeContext {
  argv: string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
  /** stdout gets the URL line and nothing else; everything else goes to stderr. */
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface RunningBrowserMode {
  url: string;
  dataDir: string;
  /** Stops accepting requests, then closes the store. */
  stop(): Promise<void>;
}

export async function startBrowserMode(context: BrowserModeContext): Promise<RunningBrowserMode> {
  const options = parseOptions(context.argv);
  const dataDir = resolveDataDir(context);
  const staticDir = context.env[RENDERER_DIR_ENV] || findRendererDir(moduleDir());
  if (staticDir === undefined || !existsSync(path.join(staticDir, 'index.html'))) {
    throw new UsageError(
      "l'interface n'est pas construite (dist/renderer) : lancez « npm run build ». / " +
        'The interface is not built (dist/renderer): run "npm run build".',
    );
  }
  const store = openAppStore(dataDir);
  let server;
  try {
    server = await startServer({
      handlers: store.handlers,
      staticDir,
      secret: newSecret(),
      port: options.port,
      log: (message, error) => context.err(`Maillage: ${message}: ${describe(error)}`),
    });
  } catch (error) {
    store.close();
    if (isErrnoException(error) && error.code === 'EADDRINUSE') {
      throw new UsageError(
        `le port ${options.port} est déjà pris. / Port ${options.port} is in use.`,
      );
    }
    throw error;
  }
  context.out(server.url);
  const chromium = options.open && hasDisplay(context) ? findChromium(context) : undefined;
  if (chromium !== undefined) {
    openChromium(chromium, server.url, dataDir);
    context.err(`Maillage : ouverture dans ${chromium}. / Opening in ${chromium}.`);
  } else if (options.open) {
    context.err(
      "Maillage : ouvrez l'adresse ci-dessus dans votre navigateur. / Open the address above in your browser.",
    );
  }
  let stopping: Promise<void> | undefined;
  return {
    url: server.url,
    dataDir,
    stop: () =>
      (stopping ??= server.close().finally(() => {
        store.close();
      })),
  };
}

/** The process around startBrowserMode: signals, messages and exit codes. */
export async function runBrowserMode(argv = process.argv.slice(2)): Promise<void> {
  const err = (line: string) => process.stderr.write(`${line}\n`);
  let running: RunningBrowserMode | undefined;
  let signalled: NodeJS.Signals | undefined;
  const stop = (app: RunningBrowserMode) =>
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        err(`Maillage : échec à la fermeture / failed to close: ${describe(error)}`);
        process.exit(1);
      },
    );
  // Listening before the URL is printed: a Ctrl-C the moment it appears still closes the store.
  const shutdown = (signal: NodeJS.Signals) => {
    if (signalled !== undefined) return;
    signalled = signal;
    err(`Maillage : arrêt (${signal}), données enregistrées. / Stopped, data saved.`);
    if (running !== undefined) void stop(running);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  try {
    running = await startBrowserMode({
      argv,
      env: process.env,
      platform: process.platform,
      homedir: homedir(),
      out: (line) => process.stdout.write(`${line}\n`),
      err,
    });
  } catch (error) {
    err(`Maillage : ${error instanceof UsageError ? error.message : describe(error)}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
  if (signalled !== undefined) void stop(running);
}

/**
 * dist/renderer, found from wherever this code runs: dist/electron/ (or a chunk folder under it)
 * once built, electron/browser-mode/ when run from source.
 */
export function findRendererDir(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidates = [path.join(dir, 'dist', 'renderer')];
    if (path.basename(dir) === 'dist') candidates.unshift(path.join(dir, 'renderer'));
    const found = candidates.find((c) => existsSync(path.join(c, 'index.html')));
    if (found !== undefined) return found;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function moduleDir(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

/** A typed error says what went wrong; anything else is a bug and keeps its stack. */
function describe(error: unknown): string {
  if (error instanceof MaillageError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
