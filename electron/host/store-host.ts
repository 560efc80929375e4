// Opens the one vault both hosts (Electron main and browser mode) serve. The data concern minors
// in child protection: the folder this creates is readable by its owner only, the database in it
// is encrypted, and the vault starts locked (the first launch asks for a passphrase).
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import type { ApiHandlers } from '../../shared/api/contract';
import { Vault } from './vault/vault';

export { STORE_FILE, KEY_FILE, BACKUPS_DIR } from './vault/vault';

export interface AppStore {
  handlers: ApiHandlers;
  vault: Vault;
  /** Locks the vault (closes the store, wipes the key); call once, on the way out. */
  close(): void;
}

/** The operating-system account: the "local user profile" the audit journal names. */
export function localProfile(): string {
  try {
    return os.userInfo().username || 'local';
  } catch {
    return 'local';
  }
}

export function openAppStore(dataDir: string, options: { onLock?: () => void } = {}): AppStore {
  // mkdir's mode applies to each folder it creates; an existing folder keeps the user's choice.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const vault = new Vault({ dataDir, profile: localProfile(), onLock: options.onLock });
  return { handlers: vault.handlers(), vault, close: () => vault.close() };
}
