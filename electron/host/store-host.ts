// Opens the one store both hosts (Electron main and browser mode) serve. The data concern minors
// in child protection, so a folder this creates is readable by its owner only.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openStore } from '../../db/index';
import type { StoreHandlers } from '../../shared/api/contract';

export const STORE_FILE = 'maillage.sqlite';

export interface AppStore {
  handlers: StoreHandlers;
  /** Checkpoints the WAL and closes the file; call once, on the way out. */
  close(): void;
}

export function openAppStore(dataDir: string): AppStore {
  // mkdir's mode applies to each folder it creates; an existing folder keeps the user's choice.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return openStore(path.join(dataDir, STORE_FILE));
}
