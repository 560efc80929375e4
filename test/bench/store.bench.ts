// The store on disk: how long the map of a large case takes to load, how long one edit takes to
// commit with synchronous=FULL (each commit waits for the disk), and how big the file gets.
// Every call goes through dispatch, as the app's hosts make it: validation included.
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../../db';
import { call } from '../../db/testing';
import { plausibleMap, random } from './plausible-map';

const ACTORS = 300;
const TIES = 900;
const LOADS = 200;
const EDITS = 1_000;
const TARGET_LOAD_MS = 20;
const TARGET_EDIT_P99_MS = 5;

const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
const file = join(dir, 'maillage.db');
const store = openStore(file);
const { handlers } = store;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function time(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

try {
  const summary = call(handlers, 'cases.create', { pseudonym: 'Inès', birthYear: 2009 });
  const ego = call(handlers, 'map.load', { caseId: summary.id }).actors[0]!;
  const map = plausibleMap(summary.currentMapId, ego.id, ACTORS, TIES);
  const buildMs = time(() => call(handlers, 'map.applyEdits', map.edits));
  const listed = call(handlers, 'cases.list', {})[0]!;
  if (listed.actorCount !== ACTORS || listed.tieCount !== TIES) {
    throw new Error(
      `expected ${ACTORS} actors and ${TIES} ties, stored ${listed.actorCount} and ${listed.tieCount}`,
    );
  }

  const load = () => call(handlers, 'map.load', { caseId: summary.id });
  for (let i = 0; i < 20; i += 1) load();
  const loads = Array.from({ length: LOADS }, () => time(load));

  const rand = random(2024);
  const pickIndex = (n: number) => Math.floor(rand() * n);
  const edits: number[] = [];
  for (let i = 0; i < EDITS; i += 1) {
    const kind = i % 3;
    if (kind === 0) {
      const id = map.actorIds[pickIndex(ACTORS)]!;
      edits.push(
        time(() => call(handlers, 'actors.update', { id, patch: { notes: `Vu le ${i}` } })),
      );
    } else if (kind === 1) {
      const id = map.tieIds[pickIndex(TIES)]!;
      edits.push(
        time(() => call(handlers, 'ties.update', { id, patch: { closeness: 1 + (i % 5) } })),
      );
    } else {
      const actorId = map.actorIds[pickIndex(ACTORS)]!;
      const placements = [{ actorId, x: rand() * 800 - 400, y: rand() * 800 - 400 }];
      edits.push(
        time(() => call(handlers, 'placements.set', { mapId: summary.currentMapId, placements })),
      );
    }
  }

  store.checkpoint();
  const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
  const bytes = size(file) + size(`${file}-wal`);

  const loadMedian = percentile(loads, 50);
  const loadP99 = percentile(loads, 99);
  const editMedian = percentile(edits, 50);
  const editP99 = percentile(edits, 99);
  const loadPass = loadMedian < TARGET_LOAD_MS && loadP99 < TARGET_LOAD_MS;
  const editPass = editP99 < TARGET_EDIT_P99_MS;
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const rows = [
    ['figure', 'median', 'p99', 'target', 'result'],
    [
      `map.load, ${LOADS} loads`,
      ms(loadMedian),
      ms(loadP99),
      `< ${TARGET_LOAD_MS} ms`,
      loadPass ? 'PASS' : 'FAIL',
    ],
    [
      `one edit committed, ${EDITS} edits`,
      ms(editMedian),
      ms(editP99),
      `p99 < ${TARGET_EDIT_P99_MS} ms`,
      editPass ? 'PASS' : 'FAIL',
    ],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  console.log(`Store: a case of ${ACTORS} actors and ${TIES} ties, on disk in ${dir}`);
  console.log(`synchronous=FULL; the map was written in one batch in ${buildMs.toFixed(1)} ms`);
  for (const row of rows) {
    console.log(
      `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   ')}`,
    );
  }
  console.log(`  database size (db + wal after checkpoint): ${(bytes / 1024).toFixed(0)} KiB`);
  process.exitCode = loadPass && editPass ? 0 : 1;
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
