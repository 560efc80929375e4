// For the renderer's tests of the security screens: the real vault and store in a temporary
// folder, behind the hosts' validation, as a MaillageApi. (The renderer may not import electron/
// or Node; tests that cross folders live here.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Vault } from '../../electron/host/vault/vault';
import { createClient } from '../../shared/api/client';
import type { MaillageApi } from '../../shared/api/contract';
import { dispatchAsync } from '../../shared/api/dispatch';

export async function openRealVault(passphrase: string, profile = 'educ.martin') {
  const dir = mkdtempSync(path.join(tmpdir(), 'maillage-screen-'));
  const vault = new Vault({ dataDir: dir, profile });
  const handlers = vault.handlers();
  // Values cross a boundary: a copy, as IPC or JSON would make.
  const api: MaillageApi = createClient(async (op, input) =>
    structuredClone(await dispatchAsync(handlers, op, input)),
  );
  await api['session.setup']({ passphrase });
  return {
    api,
    close: () => {
      vault.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
