import { describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium, hasDisplay } from './chromium';

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux, nothing on macOS and Windows', () => {
    expect(hasDisplay({ platform: 'linux', env: {} })).toBe(false);
    expect(hasDisplay({ platform: 'linux', env: { DISPLAY: '' } })).toBe(false);
    expect(hasDisplay({ platform: 'linux', env: { DISPLAY: ':0' } })).toBe(true);
    expect(hasDisplay({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(true);
    expect(hasDisplay({ platform: 'darwin', env: {} })).toBe(true);
    expect(hasDisplay({ platform: 'win32', env: {} })).toBe(true);
  });
});

describe('findChromium', () => {
  const linux = { platform: 'linux' as const, env: { PATH: '/usr/local/bin:/usr/bin:relative' } };

  it("prefers Debian's /usr/bin/chromium", () => {
    expect(findChromium(linux, () => true)).toBe('/usr/bin/chromium');
  });

  it('then looks for chromium-browser or google-chrome on the absolute PATH entries', () => {
    const found = (name: string) => (file: string) => file === name;
    expect(findChromium(linux, found('/usr/local/bin/chromium-browser'))).toBe(
      '/usr/local/bin/chromium-browser',
    );
    expect(findChromium(linux, found('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
    expect(findChromium(linux, found('relative/chromium'))).toBeUndefined();
    expect(findChromium(linux, () => false)).toBeUndefined();
  });

  it('looks in the usual install folders on Windows', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' };
    expect(findChromium({ platform: 'win32', env }, () => true)).toBe(
      'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    );
  });
});

describe('chromiumArgs', () => {
  it('opens the URL in app mode, in French, with a profile in the data folder and no calls home', () => {
    const url = 'http://127.0.0.1:4321/#secret=abc';
    expect(chromiumArgs(url, '/data/maillage')).toEqual([
      '--app=http://127.0.0.1:4321/#secret=abc',
      '--user-data-dir=/data/maillage/browser-profile',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--lang=fr-FR',
    ]);
  });
});
