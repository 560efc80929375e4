// Export and import of a 10,000-actor, 50,000-tie organisation network in each exchange format:
// the time to write the file, to read it back into a preview, and to write the new case in one
// transaction; the file's size; and the longest the host thread was blocked meanwhile (how long
// it could not answer the page's polls or a Cancel). Fails when a time misses its target.
// Run: node --import tsx test/bench/exchange.bench.ts   (or npm run bench -- exchange)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../../db';
import { exportFiles } from '../../electron/host/exchange/export-files';
import { readImport } from '../../electron/host/exchange/import-read';
import type { JobControl } from '../../electron/host/exchange/jobs';
import { ACTOR_FIELDS, guessMapping, TIE_FIELDS } from '../../shared/exchange/csv';
import { previewOf } from '../../shared/exchange/preview';
import { organisationNetwork } from '../fixtures/exchange/organisation-network';

const ACTORS = 10_000;
const TIES = 50_000;
/** Generous on a loaded 2-core machine: a colleague waits with a progress bar, not frozen. */
const TARGET_MS = { export: 15_000, import: 20_000, write: 10_000 };

/** A control that never cancels and yields like the job registry's. */
const control: JobControl = {
  progress: () => {},
  checkpoint: () => new Promise<void>((resolve) => setImmediate(resolve)),
  cancelled: false,
};

/**
 * The longest stretch the host thread could not answer (a poll of the page, a Cancel) while
 * `work` ran: the largest gap between the ticks of a 5 ms timer, minus the 5 ms.
 */
async function blocking<T>(work: () => Promise<T>): Promise<{ result: T; longest: number }> {
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last - TICK_MS);
    last = now;
  };
  const timer = setInterval(tick, TICK_MS);
  try {
    const result = await work();
    tick();
    return { result, longest };
  } finally {
    clearInterval(timer);
  }
}
const TICK_MS = 5;
/** For the transfer file (Argon2id with the vault's settings, then AES-256-GCM). */
const PASSPHRASE = 'une phrase secrète pour le banc d’essai';

const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-exchange-'));
const rows: string[][] = [];
let missed = false;
const ms = (value: number) => `${Math.round(value)} ms`;

try {
  const document = organisationNetwork(ACTORS, TIES);
  const now = new Date();
  for (const format of ['json', 'graphml', 'gexf', 'csv', 'transfer', 'pdf'] as const) {
    let start = performance.now();
    const exported = await blocking(() =>
      exportFiles(document, format, { now, passphrase: PASSPHRASE }, control),
    );
    const files = exported.result;
    const exportMs = performance.now() - start;
    const size = files.reduce((sum, f) => sum + f.bytes.length, 0);
    const fileSize = `${(size / 2 ** 20).toFixed(1)} MB`;
    missed ||= exportMs > TARGET_MS.export;
    if (format === 'pdf') {
      // A report is read by people, never imported.
      rows.push([format, ms(exportMs), '—', '—', fileSize, ms(exported.longest)]);
      continue;
    }

    const input =
      format === 'csv'
        ? {
            actors: { fileName: 'actors.csv', bytes: files[0]!.bytes },
            ties: { fileName: 'ties.csv', bytes: files[1]!.bytes },
          }
        : { data: { fileName: files[0]!.fileName, bytes: files[0]!.bytes } };
    start = performance.now();
    const mapping =
      format === 'csv'
        ? // The headers the CSV export wrote: the mapping fields, and an id column for ties.
          guessMapping(ACTOR_FIELDS, ['id', ...TIE_FIELDS])
        : undefined;
    const read = await blocking(() =>
      readImport(input, { now, mapping, passphrase: PASSPHRASE }, control),
    );
    const outcome = read.result;
    if (outcome.kind !== 'draft') throw new Error(`${format}: no draft`);
    const preview = previewOf(outcome.draft, outcome.format, new Set());
    const importMs = performance.now() - start;
    if (preview.actors !== ACTORS || preview.ties !== TIES) {
      throw new Error(`${format}: ${preview.actors} actors and ${preview.ties} ties read back`);
    }

    const store = openStore(join(dir, `${format}.sqlite`));
    start = performance.now();
    store.importCase(outcome.draft.document);
    const writeMs = performance.now() - start;
    store.close();

    const longest = Math.max(exported.longest, read.longest);
    missed ||= importMs > TARGET_MS.import || writeMs > TARGET_MS.write;
    rows.push([format, ms(exportMs), ms(importMs), ms(writeMs), fileSize, ms(longest)]);
  }
  console.log(
    `Exchange of ${ACTORS} actors and ${TIES} ties (targets: export ≤ ${TARGET_MS.export} ms, import ≤ ${TARGET_MS.import} ms, write ≤ ${TARGET_MS.write} ms)`,
  );
  const header = [
    'format',
    'export',
    'import+preview',
    'write (1 tx)',
    'file',
    'host blocked (max)',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows])
    console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`);
  if (missed) {
    console.log('  MISSED a target');
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
