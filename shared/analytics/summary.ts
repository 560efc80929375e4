// The narrative summary of a map: first a list of findings (codes with parameters, testable and
// language-free), then sentences through i18next (`analytics.summary.*`). French first.
// Findings come in a fixed order: the shape of each circle, missing circles, single points of
// failure, circles that do not know each other, who brokers, weak bridges, difficult ties.
import type { TFunction } from 'i18next';
import { SPHERES } from '../model';
import { BROKERAGE_ROLES, brokerage, type BrokerageCounts, type BrokerageRole } from './brokerage';
import type { MapGraphs } from './build-graph';
import { mapComposition, type MapComposition } from './composition';
import type { RunControl } from './control';
import { localBridges, type LocalBridge } from './structure';

type Sphere = (typeof SPHERES)[number];

/** A circle is dense from this density of ties among its members (the person excluded). */
export const DENSE_FROM = 0.5;
/** The person's ties to a circle are "mostly strong" from this share, "mostly weak" up to the next. */
export const MOSTLY_STRONG_FROM = 2 / 3;
export const MOSTLY_WEAK_UP_TO = 1 / 3;
/** At most this many single points of failure are told (the figures list them all). */
export const MAX_POINTS_TOLD = 3;

export type SphereDensity = 'dense' | 'sparse' | 'single';
export type SphereStrength = 'strong' | 'weak' | 'mixed' | 'none';

export type Finding =
  | { code: 'map_empty' }
  | { code: 'sphere_profile'; sphere: Sphere; density: SphereDensity; strength: SphereStrength }
  | { code: 'sphere_empty'; sphere: Sphere }
  /** Every path from the person to the `to` circle goes through this actor of the `from` circle. */
  | { code: 'sole_bridge'; actor: string; label: string; from: Sphere; to: Sphere }
  | { code: 'point_of_failure'; actor: string; label: string; count: number }
  /** No tie between the two circles; `joined` when they still meet through a third one. */
  | { code: 'spheres_unlinked'; a: Sphere; b: Sphere; joined: boolean }
  | { code: 'circles_apart'; count: number }
  | { code: 'person_only'; count: number }
  | { code: 'unconnected'; count: number }
  | { code: 'main_broker'; actor: string; label: string; role: BrokerageRole }
  | { code: 'weak_bridges'; count: number }
  | { code: 'difficult_ties'; count: number }
  | { code: 'broken_ties'; count: number };

export interface FindingsInput {
  graphs: MapGraphs;
  composition: MapComposition;
  /** Brokerage counts on the support graph (brokerage.ts), when computed. */
  brokerage?: Record<string, BrokerageCounts>;
  /** Local bridges of the map graph (structure.ts), when computed. */
  bridges?: readonly LocalBridge[];
}

export function mapFindings(input: FindingsInput): Finding[] {
  const { graphs, composition } = input;
  if (composition.actors === 0) return [{ code: 'map_empty' }];
  const findings: Finding[] = [];
  const present = SPHERES.filter((s) => composition.bySphere[s] > 0);

  for (const sphere of present) {
    const density = composition.densityBySphere[sphere];
    const share = composition.strongShareBySphere[sphere].share;
    findings.push({
      code: 'sphere_profile',
      sphere,
      density: density === null ? 'single' : density >= DENSE_FROM ? 'dense' : 'sparse',
      strength:
        share === null
          ? 'none'
          : share >= MOSTLY_STRONG_FROM
            ? 'strong'
            : share <= MOSTLY_WEAK_UP_TO
              ? 'weak'
              : 'mixed',
    });
  }
  for (const sphere of composition.emptySpheres) findings.push({ code: 'sphere_empty', sphere });
  findings.push(...failureFindings(input));

  const components = composition.withoutPerson.components;
  for (const [i, a] of present.entries()) {
    for (const b of present.slice(i + 1)) {
      if (tiesBetween(graphs, a, b) > 0) continue;
      const joined = components.some((c) => c.bySphere[a] > 0 && c.bySphere[b] > 0);
      findings.push({ code: 'spheres_unlinked', a, b, joined });
    }
  }
  const groups = components.filter((c) => c.actors.length >= 2).length;
  if (groups >= 2) findings.push({ code: 'circles_apart', count: groups });
  const { personOnly, unconnected } = composition.isolates;
  if (personOnly.length > 0) findings.push({ code: 'person_only', count: personOnly.length });
  if (unconnected.length > 0) findings.push({ code: 'unconnected', count: unconnected.length });

  const broker = mainBroker(input);
  if (broker !== null) findings.push(broker);
  const weak = weakBridgeCount(input);
  if (weak > 0) findings.push({ code: 'weak_bridges', count: weak });
  const difficult = composition.byValence.stressful + composition.byValence.conflictual;
  if (difficult > 0) findings.push({ code: 'difficult_ties', count: difficult });
  if (composition.byValence.broken > 0) {
    findings.push({ code: 'broken_ties', count: composition.byValence.broken });
  }
  return findings;
}

function failureFindings({ graphs, composition }: FindingsInput): Finding[] {
  const failures = composition.pointsOfFailure;
  if (failures === null) return [];
  const bridges: Finding[] = [];
  const others: Finding[] = [];
  for (const point of failures.points) {
    const from = graphs.map.getNodeAttribute(point.node, 'sphere');
    const label = graphs.map.getNodeAttribute(point.node, 'label');
    const cutCircles = SPHERES.filter((to) => {
      const reachable = failures.reachableByGroup[to] ?? 0;
      return to !== from && reachable > 0 && point.cutOffByGroup[to] === reachable;
    });
    for (const to of cutCircles)
      bridges.push({ code: 'sole_bridge', actor: point.node, label, from, to });
    if (cutCircles.length === 0 && others.length < MAX_POINTS_TOLD) {
      others.push({ code: 'point_of_failure', actor: point.node, label, count: point.cutOffCount });
    }
  }
  return [...bridges, ...others];
}

function tiesBetween({ withoutEgo }: MapGraphs, a: Sphere, b: Sphere): number {
  let count = 0;
  withoutEgo.forEachEdge((_edge, _attributes, _source, _target, sa, ta) => {
    if ((sa.sphere === a && ta.sphere === b) || (sa.sphere === b && ta.sphere === a)) count += 1;
  });
  return count;
}

/** The actor other than the person with the most brokerage, and the role they play most. */
function mainBroker({ graphs, brokerage }: FindingsInput): Finding | null {
  if (brokerage === undefined) return null;
  let best: { actor: string; total: number } | null = null;
  for (const actor of Object.keys(brokerage).sort()) {
    const total = brokerage[actor]?.total ?? 0;
    if (actor === graphs.egoId || !graphs.map.hasNode(actor) || total <= 0) continue;
    if (best === null || total > best.total) best = { actor, total };
  }
  if (best === null) return null;
  const counts = brokerage[best.actor] as BrokerageCounts;
  const role = BROKERAGE_ROLES.reduce((top, r) => (counts[r] > counts[top] ? r : top));
  const label = graphs.map.getNodeAttribute(best.actor, 'label');
  return { code: 'main_broker', actor: best.actor, label, role };
}

/**
 * Weak ties that are local bridges between two actors who both have other ties: a tie to someone
 * who knows nobody else is a bridge by construction and says nothing about reaching other circles.
 */
function weakBridgeCount({ graphs, bridges }: FindingsInput): number {
  if (bridges === undefined) return 0;
  const { map } = graphs;
  return bridges.filter(
    (b) =>
      b.localBridge &&
      map.hasEdge(b.edge) &&
      !map.getEdgeAttribute(b.edge, 'strong') &&
      map.degree(b.source) >= 2 &&
      map.degree(b.target) >= 2,
  ).length;
}

/** One sentence per finding. */
export function findingSentence(finding: Finding, t: TFunction): string {
  const name = (sphere: Sphere) => t(`analytics.summary.sphereName.${sphere}`);
  switch (finding.code) {
    case 'map_empty':
      return t('analytics.summary.map_empty');
    case 'sphere_profile':
      return t('analytics.summary.sphere_profile', {
        sphere: t(`enums.sphere.${finding.sphere}`),
        density: t(`analytics.summary.density.${finding.density}`),
        strength: t(`analytics.summary.strength.${finding.strength}`),
      });
    case 'sphere_empty':
      return t('analytics.summary.sphere_empty', { sphere: name(finding.sphere) });
    case 'sole_bridge':
      return t('analytics.summary.sole_bridge', {
        actor: finding.label,
        from: name(finding.from),
        to: name(finding.to),
      });
    case 'point_of_failure':
      return t('analytics.summary.point_of_failure', {
        actor: finding.label,
        count: finding.count,
      });
    case 'spheres_unlinked':
      return t(
        finding.joined
          ? 'analytics.summary.spheres_unlinked_joined'
          : 'analytics.summary.spheres_unlinked',
        { a: name(finding.a), b: name(finding.b) },
      );
    case 'circles_apart':
      return t('analytics.summary.circles_apart', { count: finding.count });
    case 'person_only':
      return t('analytics.summary.person_only', { count: finding.count });
    case 'unconnected':
      return t('analytics.summary.unconnected', { count: finding.count });
    case 'main_broker':
      return t('analytics.summary.main_broker', {
        actor: finding.label,
        role: t(`analytics.summary.role.${finding.role}`),
      });
    case 'weak_bridges':
      return t('analytics.summary.weak_bridges', { count: finding.count });
    case 'difficult_ties':
      return t('analytics.summary.difficult_ties', { count: finding.count });
    case 'broken_ties':
      return t('analytics.summary.broken_ties', { count: finding.count });
  }
}

/** The findings as one short paragraph. */
export function narrative(findings: readonly Finding[], t: TFunction): string {
  return findings.map((finding) => findingSentence(finding, t)).join(' ');
}

/**
 * Composition and findings of a map in one call (what the analysis panel shows first).
 * Polls `control` while looking for local bridges, the only long step on a large network.
 */
export function summarizeMap(
  graphs: MapGraphs,
  control: RunControl = {},
): { composition: MapComposition; findings: Finding[] } {
  const composition = mapComposition(graphs);
  const findings = mapFindings({
    graphs,
    composition,
    brokerage: brokerage(graphs.support, { group: 'sphere' }),
    bridges: localBridges(graphs.map, control),
  });
  return { composition, findings };
}
