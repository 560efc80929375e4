import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppStore, STORE_FILE } from './store-host';

describe('openAppStore', () => {
  it('creates the data folder for its owner only and keeps the cases in maillage.sqlite', () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'maillage-host-')), 'a', 'Maillage');
    const store = openAppStore(dataDir);
    try {
      store.handlers['cases.create']({ pseudonym: 'Inès', birthYear: null, referent: '' });
    } finally {
      store.close();
    }
    expect(existsSync(path.join(dataDir, STORE_FILE))).toBe(true);
    if (process.platform !== 'win32') expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const reopened = openAppStore(dataDir);
    try {
      expect(reopened.handlers['cases.list']({}).map((c) => c.pseudonym)).toEqual(['Inès']);
    } finally {
      reopened.close();
    }
  });
});
