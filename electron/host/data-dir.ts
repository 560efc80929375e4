// Where Maillage keeps its data. Electron and browser mode resolve the same folder, so a user
// can switch between them and find the same cases. The default mirrors what Electron's
// app.getPath('userData') returns for the product name "Maillage" on each platform.
import path from 'node:path';

export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'MAILLAGE_DATA_DIR';
export const PRODUCT_NAME = 'Maillage';

export interface DataDirSources {
  argv: string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
}

/** A command line the launcher cannot act on; the entry prints it and exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `--data-dir DIR` or `--data-dir=DIR`, then $MAILLAGE_DATA_DIR, then the per-user app folder. */
export function resolveDataDir({ argv, env, platform, homedir }: DataDirSources): string {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const fromArgs = dataDirArg(argv);
  if (fromArgs !== undefined) return paths.resolve(fromArgs);
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv) return paths.resolve(fromEnv);
  return paths.join(userDataBase({ env, platform, homedir }), PRODUCT_NAME);
}

function dataDirArg(argv: string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1];
      if (next === undefined || next === '' || next.startsWith('--')) {
        throw new UsageError(`${DATA_DIR_FLAG} needs a folder: ${DATA_DIR_FLAG} DIR`);
      }
      found = next;
      i++;
    } else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      found = arg.slice(DATA_DIR_FLAG.length + 1);
      if (found === '') throw new UsageError(`${DATA_DIR_FLAG}= needs a folder`);
    }
  }
  return found;
}

/** Electron's appData folder: the parent of userData. */
function userDataBase({ env, platform, homedir }: Omit<DataDirSources, 'argv'>): string {
  switch (platform) {
    case 'win32':
      return env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming');
    case 'darwin':
      return path.posix.join(homedir, 'Library', 'Application Support');
    default: {
      // XDG: a relative or empty XDG_CONFIG_HOME is invalid and must be ignored.
      const xdg = env.XDG_CONFIG_HOME;
      return xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homedir, '.config');
    }
  }
}
