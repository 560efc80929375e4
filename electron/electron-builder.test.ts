// Reads the packaging configuration: the targets, the hardening fuses, and electron-builder's
// own schema check, so a typo in a fuse name fails here rather than silently at packaging time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
> & {
  linux: { target: string[]; category: string };
  win: { target: string[] };
  mac: { target: string[] };
  nsis: Record<string, unknown>;
  electronFuses: Record<string, boolean>;
  files: string[];
};
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
};

describe('electron-builder.yml', () => {
  it('names the app and packages the built files into an asar', () => {
    expect(config.appId).toBe('fr.maillage.app');
    expect(config.productName).toBe('Maillage');
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(config.directories).toEqual({ output: 'release' });
    expect(packageJson.main).toBe('dist/electron/main.cjs');
  });

  it('rebuilds the native modules for Electron and publishes nothing (no update feed)', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.publish).toBeNull();
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('flips the fuses that stop the binary being used as Node or debugged', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('passes electron-builder’s own configuration schema', async () => {
    const require = createRequire(path.join(root, 'package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (c: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as {
      DebugLogger: new (on: boolean) => unknown;
    };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const typo = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    await expect(validateConfiguration(typo, new DebugLogger(false))).rejects.toThrow(
      /electronFuses/,
    );
  });
});
