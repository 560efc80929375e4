import { describe, expect, it } from 'vitest';
import { resolveDataDir, UsageError } from './data-dir';

const linux = { platform: 'linux' as const, homedir: '/home/ada', env: {}, argv: [] };

describe('resolveDataDir', () => {
  it('defaults to the folder Electron uses for userData on Linux', () => {
    expect(resolveDataDir(linux)).toBe('/home/ada/.config/Maillage');
    expect(resolveDataDir({ ...linux, env: { XDG_CONFIG_HOME: '/srv/conf' } })).toBe(
      '/srv/conf/Maillage',
    );
  });

  it('ignores an empty or relative XDG_CONFIG_HOME, as the XDG specification says', () => {
    expect(resolveDataDir({ ...linux, env: { XDG_CONFIG_HOME: '' } })).toBe(
      '/home/ada/.config/Maillage',
    );
    expect(resolveDataDir({ ...linux, env: { XDG_CONFIG_HOME: 'conf' } })).toBe(
      '/home/ada/.config/Maillage',
    );
  });

  it('defaults to Application Support on macOS', () => {
    expect(resolveDataDir({ ...linux, platform: 'darwin', homedir: '/Users/ada' })).toBe(
      '/Users/ada/Library/Application Support/Maillage',
    );
  });

  it('defaults to the roaming AppData folder on Windows', () => {
    const windows = { platform: 'win32' as const, homedir: 'C:\\Users\\ada', argv: [] };
    expect(
      resolveDataDir({ ...windows, env: { APPDATA: 'D:\\Profiles\\ada\\AppData\\Roaming' } }),
    ).toBe('D:\\Profiles\\ada\\AppData\\Roaming\\Maillage');
    expect(resolveDataDir({ ...windows, env: {} })).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Maillage',
    );
    expect(
      resolveDataDir({ ...windows, env: { APPDATA: 'D:\\x' }, argv: ['--data-dir', 'E:\\cases'] }),
    ).toBe('E:\\cases');
  });

  it('lets MAILLAGE_DATA_DIR override the default, and --data-dir override both', () => {
    const env = { MAILLAGE_DATA_DIR: '/data/from-env', XDG_CONFIG_HOME: '/srv/conf' };
    expect(resolveDataDir({ ...linux, env })).toBe('/data/from-env');
    expect(resolveDataDir({ ...linux, env, argv: ['--data-dir', '/data/from-flag'] })).toBe(
      '/data/from-flag',
    );
    expect(resolveDataDir({ ...linux, env, argv: ['--port', '0', '--data-dir=/data/eq'] })).toBe(
      '/data/eq',
    );
  });

  it('finds the flag among Electron’s own arguments and makes a relative folder absolute', () => {
    const argv = ['/usr/lib/electron', 'dist/electron/main.cjs', '--data-dir', 'cases'];
    expect(resolveDataDir({ ...linux, argv })).toBe(`${process.cwd()}/cases`);
  });

  it('refuses a --data-dir without a folder instead of guessing', () => {
    expect(() => resolveDataDir({ ...linux, argv: ['--data-dir'] })).toThrow(UsageError);
    expect(() => resolveDataDir({ ...linux, argv: ['--data-dir', '--no-open'] })).toThrow(
      UsageError,
    );
    expect(() => resolveDataDir({ ...linux, argv: ['--data-dir='] })).toThrow(UsageError);
  });

  it('ignores an empty MAILLAGE_DATA_DIR and anything after "--"', () => {
    expect(resolveDataDir({ ...linux, env: { MAILLAGE_DATA_DIR: '' } })).toBe(
      '/home/ada/.config/Maillage',
    );
    expect(resolveDataDir({ ...linux, argv: ['--', '--data-dir', '/nope'] })).toBe(
      '/home/ada/.config/Maillage',
    );
  });
});
