// Runs Electronegativity (Doyensec's scanner for Electron misconfigurations) on the Electron
// sources and the renderer's page, offline, and fails on any HIGH or MEDIUM finding or on a file
// it could not parse (a file it cannot read is a file it did not check).
//   npm run security:electron   (builds the renderer first: the built page carries the CSP)
// Both go in one folder so that the global checks (CSP, navigation limits, permission handler)
// see the whole app at once. The unit tests are left out: they build hostile inputs on purpose.
// Offline: the tool fetches updated translations and, in AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK,
// Electron's release list. That check is excluded, and its HTTP client is replaced before the
// tool loads by one that fails at once, so the run never touches the network.
// It misses some cases (it reads code, not behaviour): electron/*.test.ts keep checking the
// request filter, the session and the window options too.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const FAIL_FROM = 2; // MEDIUM (INFORMATIONAL 0, LOW 1, MEDIUM 2, HIGH 3)
/** Checks are named by their class; this one is AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK. */
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
const BUILT_PAGE = path.resolve('dist/renderer/index.html');

type Level = { value: number; name: string };
type Issue = {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  description: string;
  manualReview?: boolean;
};
type Result = { issues: Issue[]; errors: { file: string; message: string; tolerable: boolean }[] };
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<Result>;

const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
loader._load = function offline(request: string, ...rest: unknown[]) {
  if (request === 'got') {
    return () => Promise.reject(new Error('Maillage runs Electronegativity offline'));
  }
  return load.call(this, request, ...rest);
};

const runner = require('@doyensec/electronegativity/dist/runner.js') as Run | { default: Run };
const run = typeof runner === 'function' ? runner : runner.default;

const electronVersion = (require('electron/package.json') as { version: string }).version;
if (!existsSync(BUILT_PAGE)) {
  console.error('Build the renderer first (vite build --config renderer/vite.config.ts).');
  process.exit(2);
}
const staged = mkdtempSync(path.join(tmpdir(), 'maillage-electronegativity-'));
cpSync(path.resolve('electron'), path.join(staged, 'electron'), {
  recursive: true,
  filter: (source) => !/\.test\.ts$/.test(source),
});
cpSync(BUILT_PAGE, path.join(staged, 'renderer', 'index.html'));

let failed = false;
try {
  const result = await run(
    {
      input: staged,
      excludeFromScan: EXCLUDED,
      isRelative: true,
      // The sources hold no package.json: the version is the one the app is built against.
      electronVersionOverride: electronVersion,
    },
    false,
  );
  for (const issue of result.issues) {
    const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
    const line = `${issue.severity.name} ${issue.confidence.name} ${issue.id} ${where}`;
    if (issue.severity.value >= FAIL_FROM) {
      failed = true;
      console.error(`✗ ${line}\n    ${issue.description}`);
    } else {
      console.log(`· ${line}`);
    }
  }
  for (const error of result.errors.filter((e) => !e.tolerable)) {
    failed = true;
    console.error(`✗ could not parse ${error.file}: ${error.message}`);
  }
} finally {
  rmSync(staged, { recursive: true, force: true });
}
if (failed) {
  console.error('Electronegativity: findings of MEDIUM or HIGH severity (see above).');
  process.exit(1);
}
console.log('Electronegativity: no MEDIUM or HIGH finding.');
