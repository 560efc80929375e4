// `npm run bench`: runs every test/bench/*.bench.ts in turn, each in its own Node process so
// one benchmark's heap and JIT state do not colour the next. Each prints its own figures and
// exits non-zero when it misses a target. `npm run bench -- store` runs the matching ones only.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const here = import.meta.dirname;
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.includes(w)))
  .sort();

const cpus = os.cpus();
console.log('Machine');
console.log(`  cpu     ${cpus[0]?.model ?? 'unknown'} (${cpus.length} cores)`);
console.log(`  memory  ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`);
console.log(`  system  ${os.platform()} ${os.release()} ${os.arch()}`);
console.log(`  node    ${process.version}`);

const outcomes: [string, boolean][] = [];
for (const name of benches) {
  console.log(`\n== ${name}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, name)], {
    stdio: 'inherit',
  });
  outcomes.push([name, run.status === 0]);
}

console.log('\nSummary');
for (const [name, passed] of outcomes) console.log(`  ${passed ? 'PASS' : 'FAIL'}  ${name}`);
if (benches.length === 0) console.log('  no benchmark matched');
process.exitCode = outcomes.every(([, passed]) => passed) && benches.length > 0 ? 0 : 1;
