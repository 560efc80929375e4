// Browser mode as a user runs it: a process that prints one URL line, serves the store, and on
// Ctrl-C closes it cleanly so the data are there at the next launch.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_DIR_ENV } from './run';

const ENTRY = path.resolve('electron/browser-mode/main.ts');
const LAUNCHER = path.resolve('electron/launcher.ts');
const PASSPHRASE = 'lanterne marée cobalt 42';
const URL_LINE = /^http:\/\/127\.0\.0\.1:(\d{1,5})\/#secret=([A-Za-z0-9_-]{43})$/;

let rendererDir: string;

beforeAll(() => {
  rendererDir = mkdtempSync(path.join(tmpdir(), 'maillage-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Maillage</title>');
});

interface Launched {
  firstLine: string;
  stdoutLines: string[];
  stderr: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

async function launch(args: string[], entry = ENTRY): Promise<Launched> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: { ...process.env, [RENDERER_DIR_ENV]: rendererDir, DISPLAY: '', WAYLAND_DISPLAY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const lines: string[] = [];
  const firstLine = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL line; stderr: ${stderr}`)), 15_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      clearTimeout(timer);
      resolve(line);
    });
    void exited.then((code) => reject(new Error(`exited ${code} early; stderr: ${stderr}`)));
  });
  return {
    firstLine,
    stdoutLines: lines,
    stderr: () => stderr,
    stop: (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}

async function call(url: string, op: string, input: unknown): Promise<unknown> {
  const { origin, hash } = new URL(url);
  const secret = new URLSearchParams(hash.slice(1)).get('secret') ?? '';
  const response = await fetch(`${origin}/api/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify(input),
  });
  return response.json();
}

describe('browser mode, run as a process', () => {
  it('prints one URL line, keeps the data across a Ctrl-C and a restart', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'maillage-main-')), 'data');
    const first = await launch(['--no-open', '--data-dir', dataDir]);
    expect(first.firstLine).toMatch(URL_LINE);
    expect(await call(first.firstLine, 'session.status', {})).toMatchObject({
      value: { state: 'uninitialised' },
    });
    await call(first.firstLine, 'session.setup', { passphrase: PASSPHRASE });
    expect(await call(first.firstLine, 'cases.create', { pseudonym: 'Yanis' })).toMatchObject({
      ok: true,
    });
    expect(await first.stop('SIGINT')).toBe(0);
    expect(first.stdoutLines).toHaveLength(1);
    expect(first.stderr()).toMatch(/arrêt/);
    // Closed cleanly: the write-ahead log was checkpointed into the file and removed.
    expect(existsSync(path.join(dataDir, 'maillage.sqlite'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'maillage.sqlite-wal'))).toBe(false);

    const second = await launch([`--data-dir=${dataDir}`, '--no-open']);
    // A fresh secret at every launch: the old page's secret no longer opens anything.
    expect(second.firstLine).not.toBe(first.firstLine);
    expect(new URL(second.firstLine).hash).not.toBe(new URL(first.firstLine).hash);
    // Every launch starts locked.
    expect(await call(second.firstLine, 'cases.list', {})).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    await call(second.firstLine, 'session.unlock', { passphrase: PASSPHRASE });
    const listed = (await call(second.firstLine, 'cases.list', {})) as {
      value: { pseudonym: string }[];
    };
    expect(listed.value.map((c) => c.pseudonym)).toEqual(['Yanis']);
    expect(await second.stop('SIGTERM')).toBe(0);
  });

  it('is what the launcher starts, after one line saying why, when Electron cannot run', async () => {
    // No display: browser mode whether or not this machine has the Electron binary.
    const dataDir = mkdtempSync(path.join(tmpdir(), 'maillage-launcher-'));
    const launched = await launch(['--data-dir', dataDir, '--no-open'], LAUNCHER);
    expect(launched.firstLine).toMatch(URL_LINE);
    const why = launched.stderr().split('\n')[0] ?? '';
    expect(why).toMatch(/^Maillage : (Electron n'est pas installé|aucun affichage)/);
    expect(why).toContain('démarrage en mode navigateur');
    // It serves the vault, which waits for the first passphrase before creating any data file.
    expect(await call(launched.firstLine, 'session.status', {})).toMatchObject({
      value: { state: 'uninitialised' },
    });
    expect(await launched.stop('SIGINT')).toBe(0);
    expect(existsSync(path.join(dataDir, 'maillage.sqlite'))).toBe(false);
  });

  it('says what is wrong and exits 2 on a bad command line, printing no URL', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, '--port', 'abc'], {
      env: { ...process.env, [RENDERER_DIR_ENV]: rendererDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--port');
  });
});
