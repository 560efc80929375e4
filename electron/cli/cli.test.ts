// The command line as a user runs it: a child process, its stdout, stderr and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAppDocument } from '../../shared/exchange/migrations';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => join(root, 'test/fixtures/cli', name);

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Deep equality where numbers may differ in the last bits (summation order). */
function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(actual, path).toBeCloseTo(expected, 12);
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object');
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(e).sort());
    for (const key of Object.keys(e)) expectClose(a[key], e[key], `${path}.${key}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

interface Output {
  graph: { directed: boolean };
  ties: { source: string; target: string }[];
}

/** Ties in a fixed order; an undirected tie's two ends in id order (which end is "source" is moot). */
function sortTies(output: Output): Output {
  const ties = output.ties.map((tie) => {
    if (output.graph.directed || tie.source <= tie.target) return tie;
    return { ...tie, source: tie.target, target: tie.source };
  });
  const key = (tie: { source: string; target: string }) => `${tie.source}\u0000${tie.target}`;
  return { ...output, ties: ties.sort((a, b) => (key(a) < key(b) ? -1 : 1)) };
}

describe('npm run cli -- analyze FILE --json', () => {
  it.each(['family', 'support-weighted'])(
    'gives for %s.graphml what NetworkX and R sna give',
    (name) => {
      const { code, stdout, stderr } = cli('analyze', fixture(`${name}.graphml`), '--json');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const expected = JSON.parse(readFileSync(fixture(`${name}.expected.json`), 'utf8')) as Output;
      expectClose(sortTies(JSON.parse(stdout) as Output), sortTies(expected));
    },
  );

  it('analyses the app’s own JSON export', () => {
    const { code, stdout } = cli('analyze', fixture('map.json'), '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      graph: Record<string, unknown>;
      nodes: Record<string, { betweenness: number; brokerage: Record<string, number> }>;
      ties: {
        source: string;
        target: string;
        strength: number;
        localBridge: boolean;
        span: number | null;
      }[];
    };
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    // Seven actors; the broken tie with the uncle is not a path, so 8 of the 9 ties remain.
    expect(out.graph).toMatchObject({
      format: 'maillage',
      directed: false,
      nodes: 7,
      edges: 8,
      components: 2,
    });
    // The mother is on the 6 shortest paths from the social worker and the hostel to the family,
    // out of 15 pairs of the 6 others.
    expect(out.nodes[id(2)]?.betweenness).toBeCloseTo(6 / 15, 12);
    // The social worker supports the mother, who supports Karim, his father and his sister.
    expect(out.nodes[id(2)]?.brokerage).toEqual({
      coordinator: 1,
      itinerant: 0,
      representative: 0,
      gatekeeper: 3,
      liaison: 0,
    });
    const bridge = out.ties.find((t) => t.source === id(6) && t.target === id(2));
    expect(bridge).toMatchObject({ localBridge: true, span: null });
    expect(bridge?.strength).toBeGreaterThan(0);
    expect(bridge?.strength).toBeLessThan(0.5);
    const family = out.ties.find((t) => t.source === id(1) && t.target === id(2));
    expect(family).toMatchObject({ localBridge: false, span: 2 });
  });

  it('analyses the case file the app exports today (JSON version 2) as its map', () => {
    // The same map, as "Exporter → JSON" writes it: the whole case, its current map inside.
    const { document } = readAppDocument(JSON.parse(readFileSync(fixture('map.json'), 'utf8')));
    expect(document.version).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'maillage-cli-v2-'));
    try {
      const file = join(dir, 'dossier.json');
      writeFileSync(file, JSON.stringify(document, null, 2));
      const fromCase = cli('analyze', file, '--json');
      expect(fromCase.stderr).toBe('');
      expect(fromCase.code).toBe(0);
      expect(JSON.parse(fromCase.stdout)).toEqual(
        JSON.parse(cli('analyze', fixture('map.json'), '--json').stdout),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run cli -- analyze FILE (the readable report)', () => {
  it('writes a French report with the summary, the brokers and the bridges', () => {
    const { code, stdout } = cli('analyze', fixture('map.json'));
    expect(code).toBe(0);
    expect(stdout).toContain('Carte Maillage (non orienté) : 7 acteurs, 8 liens');
    expect(stdout).toContain(
      '« Mère » (réseau primaire) est la seule passerelle vers le réseau secondaire formel',
    );
    expect(stdout).toMatch(/Principaux intermédiaires[\s\S]*Mère\s+0,4\s/);
    expect(stdout).toMatch(/Assistante sociale — Mère\s+0,\d+\s+0\s+∞/);
  });

  it('speaks English on request, and reads the GraphML spheres', () => {
    const { code, stdout } = cli('analyze', fixture('family.graphml'), '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('GraphML (undirected): 8 actors, 9 ties');
    expect(stdout).toMatch(/Primary network\s+4/);
    expect(stdout).toMatch(/\(no sphere\)\s+1/);
    expect(stdout).toContain(
      'Articulation points (their leaving would split the network): Élise, Éducateur, Mère',
    );
    expect(stdout).toContain('Actors with no tie at all: Voisin');
  });
});

describe('files the command line refuses', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'maillage-cli-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each([
    ['malformed.graphml', /XML mal formé \(ligne 5\)/],
    ['entities.graphml', /DOCTYPE ou ENTITY/],
    ['unknown-node.graphml', /Lien \(ligne 7\) vers un nœud inconnu : « zoé »/],
    ['bad-weight.graphml', /Poids invalide \(ligne 7\) : « -2 »/],
    ['truncated.json', /JSON invalide/],
    ['invalid-map.json', /La carte n’est pas valide : (map\.)?case\.id/],
    ['notes.txt', /Format non pris en charge/],
    ['absent.graphml', /Impossible de lire le fichier .*absent\.graphml.* \(ENOENT\)/],
  ])('%s: a clear message and exit code 2', (name, message) => {
    const { code, stdout, stderr } = cli('analyze', fixture(name), '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('refuses a file above the size limit before reading it', () => {
    const big = join(scratch, 'big.graphml');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024 + 1);
    const { code, stderr } = cli('analyze', big);
    expect(code).toBe(2);
    expect(stderr).toContain('au-delà de la limite de 50.0 Mo');
  });

  it('explains its usage on a wrong command line', () => {
    const missing = cli('analyze');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Usage : npm run cli -- analyze FICHIER');
    expect(cli('analyse', fixture('map.json')).code).toBe(2);
    const option = cli('analyze', fixture('map.json'), '--xml', '--lang', 'en');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Unknown command or option: "--xml"');
    expect(cli('analyze', fixture('map.json'), '--lang', 'de').stderr).toContain('Langue inconnue');
  });
});
