// A real store on disk for each test of a file (Vitest hooks), in a fresh temporary folder
// removed afterwards, with the clock fixed: the setup the store's handler tests share. Lives
// here rather than in db/testing.ts, which may not import Node's built-ins (eslint.config.js).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { openStore, type Store } from '../db/index';

/** The moment the tests' clock shows when each test starts. */
export const TEST_NOW = '2026-03-02T10:00:00.000Z';

/** Opens the store before each test and hands it over; closes and deletes it after. */
export function withTempStore(
  prefix: string,
  use: (opened: { store: Store; file: string }) => void,
) {
  let dir = '';
  let store: Store | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    const file = join(dir, 'maillage.db');
    store = openStore(file);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(TEST_NOW));
    use({ store, file });
  });
  afterEach(() => {
    vi.useRealTimers();
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
}
