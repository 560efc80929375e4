// What `npm start` runs (dist/electron/launcher.js). Starts Electron with the built main process
// when it can, browser mode in this same process when it cannot; arguments such as
// `--data-dir DIR` reach either unchanged.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBrowserMode } from './browser-mode/run';
import { locateElectron, planLaunch } from './host/launch-plan';

const args = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const requireHere = createRequire(import.meta.url);
const plan = planLaunch({
  electron: locateElectron(() => requireHere('electron'), existsSync),
  platform: process.platform,
  env: process.env,
});

if (plan.mode === 'browser') {
  process.stderr.write(`${plan.message}\n`);
  await runBrowserMode(args);
} else {
  // ELECTRON_RUN_AS_NODE left over in the environment would turn Electron into a plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(plan.electron, [path.join(here, 'main.cjs'), ...args], {
    stdio: 'inherit',
    env,
  });
  // Ctrl-C reaches Electron directly (same process group); wait for it to close its store.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    process.stderr.write(
      `Maillage : Electron n'a pas démarré / failed to start: ${error.message}\n`,
    );
    process.exit(1);
  });
  child.on('exit', (code, signal) =>
    process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)),
  );
}
