// The readable report (without --json): overview, the narrative summary of a map, composition,
// the main intermediaries and the ties that bridge. Words from the `cli.report.*` translations.
import type { TFunction } from 'i18next';
import { BROKERAGE_ROLES, type BrokerageRole } from '../../shared/analytics/brokerage';
import { articulationPoints, blauIndex, byId, eiIndex } from '../../shared/analytics/composition';
import { findingSentence } from '../../shared/analytics/summary';
import { SPHERES } from '../../shared/model';
import type { AnalysisContext, AnalysisResult, NodeResult } from './analyze';

const TOP_BROKERS = 10;
const TOP_BRIDGES = 15;
const TOP_LISTED = 12;

export interface ReportInput {
  file: string;
  result: AnalysisResult;
  context: AnalysisContext;
}

export function renderReport(input: ReportInput, t: TFunction, locale: string): string {
  const { file, result, context } = input;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const fmt = (value: number | null) =>
    value === null ? t('cli.report.notApplicable') : number.format(value);
  const lines: string[] = [];
  const section = (title: string) => lines.push('', title, '─'.repeat(title.length));

  lines.push(t('cli.report.title', { file }));
  const { graph } = result;
  lines.push(
    t('cli.report.overview', {
      format: t(`cli.report.format.${graph.format}`),
      direction: t(`cli.report.direction.${graph.directed ? 'directed' : 'undirected'}`),
      nodes: graph.nodes,
      edges: graph.edges,
      density: fmt(graph.density),
      components: graph.components,
    }),
  );
  lines.push(graph.weighted.length > 0 ? t('cli.report.weighted') : t('cli.report.unweighted'));

  if (context.map !== null) {
    section(t('cli.report.summary'));
    for (const finding of context.map.findings) lines.push(`• ${findingSentence(finding, t)}`);
  }

  section(t('cli.report.composition'));
  lines.push(...compositionLines(input, t, fmt));

  section(t('cli.report.brokers'));
  lines.push(...brokerLines(result, context, t, fmt));
  lines.push(t('cli.report.brokersHelp'));

  section(t('cli.report.bridges'));
  lines.push(...bridgeLines(result, context, t, fmt));
  lines.push(t('cli.report.bridgesHelp'));
  return lines.join('\n') + '\n';
}

type Format = (value: number | null) => string;

function listOf(
  ids: readonly string[],
  context: AnalysisContext,
  t: TFunction,
  suffix?: (id: string) => string,
) {
  if (ids.length === 0) return t('cli.report.none');
  const shown = ids
    .slice(0, TOP_LISTED)
    .map((id) => context.labelOf(id) + (suffix ? suffix(id) : ''));
  const rest = ids.length - shown.length;
  return shown.join(', ') + (rest > 0 ? ` ${t('cli.report.more', { count: rest })}` : '');
}

function compositionLines(input: ReportInput, t: TFunction, fmt: Format): string[] {
  const { result, context } = input;
  const { graph } = context;
  const lines: string[] = [];
  const map = context.map;
  if (map !== null) {
    const { composition } = map;
    const rows = SPHERES.map((sphere) => {
      const share = composition.strongShareBySphere[sphere];
      return [
        t(`enums.sphere.${sphere}`),
        String(composition.bySphere[sphere]),
        share.ties === 0 ? t('cli.report.notApplicable') : `${share.strong} / ${share.ties}`,
      ];
    });
    lines.push(
      ...table([t('cli.report.sphere'), t('cli.report.actors'), t('cli.report.strongShare')], rows),
    );
    lines.push(t('cli.report.blau', { value: fmt(composition.blau) }));
    lines.push(t('cli.report.ei', { value: fmt(composition.eiIndex.index) }));
    const without = composition.withoutPerson;
    lines.push(
      t('cli.report.withoutPerson', {
        density: fmt(without.density),
        components: without.components.length,
      }),
    );
    lines.push(
      t('cli.report.isolates', { list: listOf(composition.isolates.unconnected, context, t) }),
    );
    lines.push(
      t('cli.report.personOnly', { list: listOf(composition.isolates.personOnly, context, t) }),
    );
    lines.push(
      t('cli.report.cutVertices', {
        list: listOf(
          without.cutVertices.map((c) => c.node),
          context,
          t,
        ),
      }),
    );
    const points = composition.pointsOfFailure?.points ?? [];
    const cut = new Map(points.map((p) => [p.node, p.cutOffCount]));
    lines.push(
      t('cli.report.pointsOfFailure', {
        list: listOf(
          points.map((p) => p.node),
          context,
          t,
          (id) => ` (${cut.get(id) ?? 0})`,
        ),
      }),
    );
    return lines;
  }
  // GraphML: the spheres are whatever the file says.
  const counts = new Map<string | null, number>();
  for (const node of graph.nodes()) {
    const sphere = context.sphereOf(node);
    counts.set(sphere, (counts.get(sphere) ?? 0) + 1);
  }
  const rows = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || byId(a[0] ?? '\uffff', b[0] ?? '\uffff'))
    .map(([sphere, count]) => [sphereName(sphere, t), String(count)]);
  lines.push(...table([t('cli.report.sphere'), t('cli.report.actors')], rows));
  const named = [...counts.entries()]
    .filter(([sphere]) => sphere !== null)
    .map(([, count]) => count);
  lines.push(t('cli.report.blau', { value: fmt(blauIndex(named)) }));
  lines.push(t('cli.report.ei', { value: fmt(eiIndex(graph, context.sphereOf).index) }));
  const isolated = Object.entries(result.nodes)
    .filter(([, node]) => node.degree === 0)
    .map(([id]) => id);
  lines.push(t('cli.report.isolated', { list: listOf(isolated, context, t) }));
  lines.push(
    t('cli.report.cutVertices', {
      list: listOf(
        articulationPoints(graph).map((c) => c.node),
        context,
        t,
      ),
    }),
  );
  return lines;
}

/** The app's sphere names when a GraphML file uses the app's sphere codes. */
function sphereName(sphere: string | null, t: TFunction): string {
  if (sphere === null) return t('cli.report.noSphere');
  const known = SPHERES.find((s) => s === sphere);
  return known === undefined ? sphere : t(`enums.sphere.${known}`);
}

function mainRole(node: NodeResult): BrokerageRole | null {
  const role = BROKERAGE_ROLES.reduce((top, r) =>
    node.brokerage[r] > node.brokerage[top] ? r : top,
  );
  return node.brokerage[role] > 0 ? role : null;
}

function brokerLines(
  result: AnalysisResult,
  context: AnalysisContext,
  t: TFunction,
  fmt: Format,
): string[] {
  const total = (node: NodeResult) =>
    BROKERAGE_ROLES.reduce((sum, r) => sum + node.brokerage[r], 0);
  const ranked = Object.entries(result.nodes)
    .filter(([, node]) => node.betweenness > 0 || total(node) > 0)
    .sort(([a, x], [b, y]) => y.betweenness - x.betweenness || total(y) - total(x) || byId(a, b))
    .slice(0, TOP_BROKERS);
  if (ranked.length === 0) return [t('cli.report.none')];
  const rows = ranked.map(([id, node]) => {
    const role = mainRole(node);
    return [
      context.labelOf(id),
      fmt(node.betweenness),
      fmt(node.effectiveSize),
      fmt(node.constraint),
      role === null ? '—' : `${t(`cli.report.roles.${role}`)} (${node.brokerage[role]})`,
    ];
  });
  return table(
    [
      t('cli.report.actor'),
      t('cli.report.betweenness'),
      t('cli.report.effectiveSize'),
      t('cli.report.constraint'),
      t('cli.report.role'),
    ],
    rows,
  );
}

function bridgeLines(
  result: AnalysisResult,
  context: AnalysisContext,
  t: TFunction,
  fmt: Format,
): string[] {
  const widest = (span: number | null) => (span === null ? Infinity : span);
  const bridges = result.ties
    .filter((tie) => tie.localBridge)
    .sort(
      (a, b) =>
        widest(b.span) - widest(a.span) || byId(a.source, b.source) || byId(a.target, b.target),
    );
  if (bridges.length === 0) return [t('cli.report.noBridges')];
  const rows = bridges
    .slice(0, TOP_BRIDGES)
    .map((tie) => [
      `${context.labelOf(tie.source)} — ${context.labelOf(tie.target)}`,
      fmt(tie.strength),
      fmt(tie.overlap),
      tie.span === null ? '∞' : String(tie.span),
    ]);
  const lines = table(
    [t('cli.report.tie'), t('cli.report.strength'), t('cli.report.overlap'), t('cli.report.span')],
    rows,
  );
  if (bridges.length > TOP_BRIDGES)
    lines.push(t('cli.report.more', { count: bridges.length - TOP_BRIDGES }));
  return lines;
}

/** Left-aligned columns, two spaces apart. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].map((l) => `  ${l}`);
}
