import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_FILE, localProfile, openAppStore, STORE_FILE } from './store-host';

const PASSPHRASE = 'lanterne marée cobalt 42';

describe('openAppStore', () => {
  it('creates the data folder for its owner only, starts locked, and keeps cases encrypted', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'maillage-host-')), 'a', 'Maillage');
    const app = openAppStore(dataDir);
    try {
      expect(await app.handlers['session.status']({})).toMatchObject({ state: 'uninitialised' });
      await app.handlers['session.setup']({ passphrase: PASSPHRASE });
      await app.handlers['cases.create']({ pseudonym: 'Inès', birthYear: null, referent: '' });
    } finally {
      app.close();
    }
    expect(existsSync(path.join(dataDir, STORE_FILE))).toBe(true);
    expect(existsSync(path.join(dataDir, KEY_FILE))).toBe(true);
    expect(readFileSync(path.join(dataDir, STORE_FILE)).includes('Inès')).toBe(false);
    if (process.platform !== 'win32') expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const reopened = openAppStore(dataDir);
    try {
      expect(await reopened.handlers['session.status']({})).toMatchObject({ state: 'locked' });
      await reopened.handlers['session.unlock']({ passphrase: PASSPHRASE });
      const cases = await reopened.handlers['cases.list']({});
      expect(cases.map((c) => c.pseudonym)).toEqual(['Inès']);
    } finally {
      reopened.close();
    }
  });

  it('names the operating-system account as the local profile', () => {
    expect(localProfile()).toMatch(/\S/);
  });
});
