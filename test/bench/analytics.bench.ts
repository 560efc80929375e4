// The analytics on an organisation-wide network: gnm(10,000, 50,000, seed 1) as NetworkX draws
// it, beside python-igraph and NetworkX (Debian's python3-igraph, python3-networkx) timed on the
// same edge list in the same run (analytics-reference.py). Targets, as ratios to igraph:
// - exact betweenness no slower than igraph's;
// - effective size + efficiency + constraint of all nodes within 2x igraph's constraint;
// - local bridges with span for all 50,000 edges under 1 s (NetworkX: the first 1,000 only).
// Each of our figures includes building the compact adjacency from the graphology graph.
// Without Python's libraries the graph is drawn here instead and only the absolute target holds.
// To compare: apt-get install -y python3-networkx python3-igraph (Debian's, run by /usr/bin/python3).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { UndirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';
import { betweennessCentrality, localBridges, structuralHoles } from '../../shared/analytics';

const N = 10_000;
const M = 50_000;
const PYTHON = '/usr/bin/python3';
const REFERENCE = join(import.meta.dirname, 'analytics-reference.py');
const BETWEENNESS_RUNS = 3;
const HOLES_RUNS = 15;
const HOLES_ROUNDS = 3;
const BRIDGES_RUNS = 5;
const BRIDGES_TARGET_MS = 1_000;

interface Reference {
  python: string;
  networkx: string;
  igraph: string;
  seconds: {
    igraphConstraint: number;
    igraphBetweenness: number;
    networkxLocalBridges1000: number;
  };
  betweennessRaw: number[];
  constraint: (number | null)[];
  spans: [number, number, number | null][];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function timeRuns<T>(runs: number, action: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = action();
    times.push(performance.now() - start);
  }
  return { ms: median(times), value };
}

function python(args: string[]): boolean {
  const run = spawnSync(PYTHON, [REFERENCE, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
  return run.status === 0;
}

/** Seconds printed by one timing run of analytics-reference.py, or null. */
function igraphSeconds(args: string[]): number | null {
  const run = spawnSync(PYTHON, [REFERENCE, ...args], { encoding: 'utf8' });
  return run.status === 0 ? Number(run.stdout.trim()) : null;
}

/** G(n, m) drawn here when NetworkX is missing (not NetworkX's draw: a different graph). */
function localGnm(): [number, number][] {
  let state = 1;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  while (edges.length < M) {
    const u = Math.floor(random() * N);
    const v = Math.floor(random() * N);
    const key = Math.min(u, v) * N + Math.max(u, v);
    if (u === v || seen.has(key)) continue;
    seen.add(key);
    edges.push([u, v]);
  }
  return edges;
}

const dir = mkdtempSync(join(tmpdir(), 'maillage-analytics-bench-'));
try {
  const edgesFile = join(dir, 'edges.txt');
  const referenceFile = join(dir, 'reference.json');
  const hasPython =
    existsSync(PYTHON) &&
    spawnSync(PYTHON, ['-c', 'import networkx, igraph'], { stdio: 'ignore' }).status === 0;
  let edges: [number, number][];
  let reference: Reference | null = null;
  if (hasPython && python(['graph', edgesFile])) {
    edges = readFileSync(edgesFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ').map(Number) as [number, number]);
    console.log('Timing igraph and NetworkX on the same graph (about a minute)...');
    if (python(['time', edgesFile, referenceFile, String(HOLES_RUNS)])) {
      reference = JSON.parse(readFileSync(referenceFile, 'utf8')) as Reference;
    }
  } else {
    console.log('python3-networkx / python3-igraph missing: no comparison, a local G(n, m).');
    edges = localGnm();
  }

  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}`,
  );
  const graph = new UndirectedGraph();
  for (let i = 0; i < N; i++) graph.addNode(String(i));
  for (const [u, v] of edges) graph.addEdge(String(u), String(v));
  console.log(`Graph: ${graph.order} nodes, ${graph.size} edges`);

  // Ours and igraph's alternate (here and for betweenness), so that a change in the machine's
  // load hits both alike.
  const holesTimes: number[] = [];
  const constraintTimes: number[] = reference ? [reference.seconds.igraphConstraint * 1000] : [];
  let holes = timeRuns(HOLES_RUNS, () => structuralHoles(graph));
  for (let round = 0; round < HOLES_ROUNDS; round++) {
    holes = timeRuns(HOLES_RUNS, () => structuralHoles(graph));
    holesTimes.push(holes.ms);
    if (reference && round < HOLES_ROUNDS - 1) {
      const seconds = igraphSeconds(['constraint', edgesFile, String(HOLES_RUNS)]);
      if (seconds !== null) constraintTimes.push(seconds * 1000);
    }
  }
  const holesMs = median(holesTimes);
  const constraintMs = constraintTimes.length > 0 ? median(constraintTimes) : null;
  const bridges = timeRuns(BRIDGES_RUNS, () => localBridges(graph));
  const exactTimes: number[] = [];
  const igraphTimes: number[] = reference ? [reference.seconds.igraphBetweenness * 1000] : [];
  let exactValue: Record<string, number> = {};
  for (let run = 0; run < BETWEENNESS_RUNS; run++) {
    const once = timeRuns(1, () => betweennessCentrality(graph));
    exactTimes.push(once.ms);
    exactValue = once.value;
    if (reference && run < BETWEENNESS_RUNS - 1) {
      const seconds = igraphSeconds(['betweenness', edgesFile]);
      if (seconds !== null) igraphTimes.push(seconds * 1000);
    }
  }
  const exact = { ms: median(exactTimes), value: exactValue };
  const igraphMs = igraphTimes.length > 0 ? median(igraphTimes) : null;
  const sampled = timeRuns(1, () => betweennessCentrality(graph, { pivots: 500, seed: 1 }));
  const library = timeRuns(1, () => graphologyBetweenness(graph, { getEdgeWeight: null }));

  // The figures mean something only if the values agree.
  const scale = 2 / ((N - 1) * (N - 2)); // igraph: raw, each unordered pair once
  let betweennessGap = 0;
  let libraryGap = 0;
  let constraintGap = 0;
  let spanMismatches = 0;
  for (let i = 0; i < N; i++) {
    const ours = exact.value[String(i)]!;
    libraryGap = Math.max(libraryGap, Math.abs(ours - library.value[String(i)]!));
    if (reference) {
      betweennessGap = Math.max(
        betweennessGap,
        Math.abs(ours - reference.betweennessRaw[i]! * scale),
      );
      const c = reference.constraint[i];
      const mine = holes.value.constraint[String(i)]!;
      if (c === null || c === undefined) {
        if (!Number.isNaN(mine)) constraintGap = Infinity;
      } else constraintGap = Math.max(constraintGap, Math.abs(mine - c));
    }
  }
  if (reference) {
    const spanOf = new Map(bridges.value.map((b) => [`${b.source}|${b.target}`, b]));
    for (const [u, v, span] of reference.spans) {
      const row = spanOf.get(`${u}|${v}`) ?? spanOf.get(`${v}|${u}`);
      if (!row?.localBridge || row.span !== span) spanMismatches++;
    }
  }

  const rows: string[][] = [['figure', 'ours (median)', 'reference', 'ratio', 'target', 'result']];
  const verdicts: boolean[] = [];
  const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
  const add = (
    figure: string,
    ours: number,
    refMs: number | null,
    target: string,
    pass: boolean | null,
  ) => {
    if (pass !== null) verdicts.push(pass);
    rows.push([
      figure,
      fmt(ours),
      refMs === null ? '-' : fmt(refMs),
      refMs === null ? '-' : (ours / refMs).toFixed(2),
      target,
      pass === null ? 'info' : pass ? 'PASS' : 'FAIL',
    ]);
  };
  const s = reference?.seconds;
  add(
    `exact betweenness vs igraph (${BETWEENNESS_RUNS} runs each)`,
    exact.ms,
    igraphMs,
    'ratio ≤ 1',
    igraphMs === null ? null : exact.ms <= igraphMs,
  );
  add('graphology-metrics betweenness (1 run)', library.ms, exact.ms, 'info: vs ours', null);
  add('sampled betweenness, 500 pivots', sampled.ms, null, 'info', null);
  add(
    `effective size + constraint vs igraph constraint (${HOLES_ROUNDS}×${HOLES_RUNS} runs)`,
    holesMs,
    constraintMs,
    'ratio ≤ 2',
    constraintMs === null ? null : holesMs <= 2 * constraintMs,
  );
  add(
    `local bridges + span, all ${graph.size} edges`,
    bridges.ms,
    s ? s.networkxLocalBridges1000 * 1000 : null,
    '< 1 s (ref: NetworkX, 1,000)',
    bridges.ms < BRIDGES_TARGET_MS,
  );
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const row of rows)
    console.log('  ' + row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));

  console.log(
    reference
      ? `Reference: Python ${reference.python}, NetworkX ${reference.networkx}, igraph ${reference.igraph}`
      : 'Reference: none',
  );
  console.log(
    `Agreement: betweenness vs graphology-metrics max |Δ| ${libraryGap.toExponential(1)}`,
  );
  if (reference) {
    console.log(
      `           betweenness vs igraph max |Δ| ${betweennessGap.toExponential(1)}, ` +
        `constraint vs igraph max |Δ| ${constraintGap.toExponential(1)}, ` +
        `spans differing from NetworkX: ${spanMismatches} of ${reference.spans.length}`,
    );
  }
  const agree =
    libraryGap < 1e-9 &&
    (!reference || (betweennessGap < 1e-9 && constraintGap < 1e-9 && spanMismatches === 0));
  if (!agree) console.log('FAIL: the values disagree with the references');
  process.exitCode = agree && verdicts.every(Boolean) ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
