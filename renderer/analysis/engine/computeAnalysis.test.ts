import { describe, expect, it } from 'vitest';
import {
  AnalyticsCancelledError,
  buildMapGraphs,
  findingSentence,
} from '../../../shared/analytics';
import { createTranslator } from '../../../shared/i18n';
import { SPHERES, type Actor, type Tie } from '../../../shared/model';
import { KNOWN_IDS, KNOWN_SUMMARY_FR, knownMap } from '../testing/knownNetwork';
import {
  BETWEENNESS_PIVOTS,
  EXACT_BETWEENNESS_UP_TO,
  computeAnalysis,
  computeChains,
} from './computeAnalysis';
import { AnalysisResult, PHASES, type Phase } from './protocol';
import { tieAt, type TieFigures } from './tieTable';

const { actor: A, tie: T } = KNOWN_IDS;

/** Every tie's figures, rebuilt from the columns. */
function tiesOf(result: AnalysisResult): TieFigures[] {
  const ids = result.actors.map((a) => a.id);
  return result.ties.ids.map((_id, i) => tieAt(result.ties, ids, i));
}

describe('the analysis of a network whose answers are known', () => {
  it('tells the summary in French, in order', async () => {
    const { result } = await computeAnalysis(knownMap());
    const t = createTranslator('fr').t;
    expect(result.findings.map((f) => findingSentence(f, t))).toEqual(KNOWN_SUMMARY_FR);
  });

  it('gives each actor their betweenness, constraint and main broker role', async () => {
    const { result } = await computeAnalysis(knownMap());
    const by = new Map(result.actors.map((a) => [a.id, a]));
    expect(by.get(A.samia)?.betweenness).toBeCloseTo(0.65, 12);
    expect(by.get(A.ase)?.betweenness).toBeCloseTo(0.4, 12);
    expect(by.get(A.lina)?.betweenness).toBeCloseTo(0.05, 12);
    expect(by.get(A.college)?.betweenness).toBe(0);
    // The school has a single contact: fully constrained.
    expect(by.get(A.college)?.constraint).toBeCloseTo(1, 12);
    expect(by.get(A.samia)?.mainRole).toBe('gatekeeper');
    expect(by.get(A.samia)?.brokerage.gatekeeper).toBe(2);
    expect(by.get(A.ase)?.mainRole).toBe('representative');
    expect(by.get(A.karim)?.mainRole).toBeNull();
    expect(result.betweenness.sampledFrom).toBeNull();
  });

  it('says why each tie is strong or weak, and finds the one weak bridge', async () => {
    const { result } = await computeAnalysis(knownMap());
    const by = new Map(tiesOf(result).map((tie) => [tie.tieId, tie]));
    const bridge = by.get(T['ase-samia'] as string);
    expect(bridge).toMatchObject({
      strong: false,
      reasons: ['not_close', 'no_confiding', 'support_one_way'],
      localBridge: true,
      span: null,
      common: 0,
      weakBridge: true,
    });
    expect(by.get(T['lina-samia'] as string)).toMatchObject({
      strong: true,
      reasons: [
        'contact_daily',
        'very_close',
        'essential',
        'confiding_mutual',
        'support_both_ways',
      ],
      localBridge: false,
      weakBridge: false,
    });
    // A local bridge to an actor who knows nobody else is not counted as a weak bridge.
    expect(by.get(T['ase-college'] as string)).toMatchObject({
      localBridge: true,
      weakBridge: false,
    });
    expect(tiesOf(result).filter((tie) => tie.weakBridge)).toHaveLength(1);
  });

  it('passes its own protocol schema', async () => {
    const { result } = await computeAnalysis(knownMap());
    expect(AnalysisResult.safeParse(result).success).toBe(true);
  });

  it('finds the shortest chains to an actor and to a domain, with the ties along them', () => {
    const graphs = buildMapGraphs(knownMap());
    const school = computeChains(graphs, { kind: 'domain', domain: 'school' });
    expect(school.paths).toEqual([[A.lina, A.samia, A.ase, A.college]]);
    expect(school.distance).toBe(3);
    expect(school.intermediaries).toBe(2);
    expect(school.tieIds).toEqual(
      [T['lina-samia'], T['ase-samia'], T['ase-college']].map(String).sort(),
    );
    expect(computeChains(graphs, { kind: 'domain', domain: 'housing' }).distance).toBeNull();
    expect(computeChains(graphs, { kind: 'actor', id: A.karim }).paths).toEqual([
      [A.lina, A.karim],
    ]);
  });

  it('leaves a broken tie out of the paths but still explains it', async () => {
    const map = knownMap();
    const broken = map.ties.map((tie) =>
      tie.id === T['ase-samia'] ? { ...tie, valence: 'broken' as const } : tie,
    );
    const { result } = await computeAnalysis({ actors: map.actors, ties: broken });
    const tie = tiesOf(result).find((x) => x.tieId === T['ase-samia']);
    expect(tie).toMatchObject({
      strong: false,
      reasons: ['broken'],
      common: null,
      weakBridge: false,
    });
  });
});

/** A service-wide network: rings of actors with chords, seeded. */
function bigNetwork(n: number, m: number): { actors: Actor[]; ties: Tie[] } {
  const base = knownMap();
  const template = base.actors[1] as Actor;
  const tieTemplate = base.ties[0] as Tie;
  const id = (prefix: number, i: number) =>
    `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  const actors = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: id(1, i),
    isEgo: i === 0,
    name: `A${i}`,
    sphere: SPHERES[i % 3] ?? 'primary',
  }));
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const ties: Tie[] = [];
  for (let k = 0; k < m; k++) {
    const a = k < n ? k : Math.floor(next() * n);
    let b = k < n ? (k + 1) % n : Math.floor(next() * n);
    if (b === a) b = (a + 1) % n;
    ties.push({ ...tieTemplate, id: id(2, k), sourceId: id(1, a), targetId: id(1, b) });
  }
  return { actors, ties };
}

describe('an organisation-wide network', () => {
  it('samples betweenness above the exact limit, reporting progress phase by phase', async () => {
    const network = bigNetwork(EXACT_BETWEENNESS_UP_TO + 500, 9_000);
    const seen: Array<[Phase, number, number]> = [];
    let pauses = 0;
    const { result } = await computeAnalysis(network, {
      onProgress: (phase, done, total) => seen.push([phase, done, total]),
      pause: async () => {
        pauses += 1;
      },
    });
    expect(result.betweenness.sampledFrom).toBe(BETWEENNESS_PIVOTS);
    expect(result.actors).toHaveLength(EXACT_BETWEENNESS_UP_TO + 500);
    // Phases come in order, and progress within betweenness never goes back.
    const order = seen.map(([phase]) => PHASES.indexOf(phase));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(seen.map(([phase]) => phase))).toEqual(new Set(PHASES));
    const betweenness = seen.filter(([phase]) => phase === 'betweenness').map(([, done]) => done);
    expect(betweenness).toEqual([...betweenness].sort((a, b) => a - b));
    expect(betweenness.at(-1)).toBe(BETWEENNESS_PIVOTS);
    expect(pauses).toBeGreaterThan(PHASES.length);
  });

  it('stops at the next pause once asked to', async () => {
    const network = bigNetwork(3_000, 9_000);
    let stop = false;
    let phasesSeen = 0;
    const run = computeAnalysis(network, {
      onProgress: (_phase, done) => {
        if (done === 0) phasesSeen += 1;
      },
      shouldStop: () => stop,
      pause: async () => {
        if (phasesSeen >= 2) stop = true;
      },
    });
    await expect(run).rejects.toBeInstanceOf(AnalyticsCancelledError);
    expect(phasesSeen).toBeLessThan(PHASES.length);
  });
});
