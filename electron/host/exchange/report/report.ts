// The A4 report of a case, in French: the map and its legend, the analysis summary and its
// tables, the actors, the partnerships, and the change since the last snapshot when there is one.
// Made with pdfkit in plain Node (no Electron, no screen), from the exchange document, so a
// pseudonymised document gives a pseudonymised report: the report never reads the store.
import { buildMapGraphs, narrative, summarizeMap } from '../../../../shared/analytics';
import { currentMapData, type CaseDocument } from '../../../../shared/exchange/document';
import { createTranslator } from '../../../../shared/i18n';
import { DOMAINS, SPHERES } from '../../../../shared/model';
import { compareMaps } from '../../../../shared/snapshots/compare';
import { mapMeasures, type MapMeasures } from '../../../../shared/snapshots/measures';
import { changeNarrative } from '../../../../shared/snapshots/narrative';
import type { JobControl } from '../jobs';
import {
  contentWidth,
  ensureSpace,
  footers,
  heading,
  MUTED,
  newReport,
  paragraph,
  table,
  toBuffer,
} from './layout';
import { drawLegend, drawMap, LABELLED_UP_TO } from './map-drawing';

/** Actors listed in the table; a larger map's others are counted. */
const ACTORS_LISTED = 150;
const LOCALE = 'fr-FR';

export async function renderReport(
  document: CaseDocument,
  options: { now: Date },
  control: JobControl,
): Promise<Buffer> {
  const t = createTranslator('fr').t;
  const data = currentMapData(document);
  const r = (key: string, values?: Record<string, unknown>) =>
    t(`exchange.report.${key}`, values ?? {});
  const doc = newReport(r('title', { name: data.case.pseudonym }), options.now);

  // Title block.
  doc
    .font('bold')
    .fontSize(20)
    .text(r('title', { name: data.case.pseudonym }));
  const facts = [
    r('subtitle', { date: longDate(options.now.toISOString().slice(0, 10)) }),
    data.case.birthYear !== null ? r('born', { year: data.case.birthYear }) : null,
    data.case.referent ? r('referent', { name: data.case.referent }) : null,
  ].filter((f): f is string => f !== null);
  paragraph(doc, facts.join(' · '), { color: MUTED });
  if (document.pseudonymised) paragraph(doc, r('pseudonymised'), { color: MUTED, size: 9 });

  // The map and its legend.
  heading(doc, r('map'));
  const top = doc.y;
  const height = 420;
  drawMap(doc, data, { x: doc.page.margins.left, y: top, width: contentWidth(doc), height });
  doc.y = top + height + 8;
  if (data.actors.length > LABELLED_UP_TO)
    paragraph(doc, r('mapTooLarge', { count: data.actors.length - 1 }), { size: 8, color: MUTED });
  heading(doc, r('legend'), 11);
  doc.y = drawLegend(
    doc,
    {
      ego: r('legendEgo'),
      spheres: {
        primary: t('enums.sphere.primary'),
        informal_secondary: t('enums.sphere.informal_secondary'),
        formal_secondary: t('enums.sphere.formal_secondary'),
      },
      person: r('legendPerson'),
      organisation: r('legendOrganisation'),
      strong: r('legendStrong'),
      weak: r('legendWeak'),
      stressful: r('legendStressful'),
      broken: r('legendBroken'),
    },
    doc.page.margins.left,
    doc.y,
    contentWidth(doc),
  );
  await control.checkpoint();

  // The analysis.
  doc.addPage();
  const graphs = buildMapGraphs(data);
  const { composition, findings } = summarizeMap(graphs);
  const measures = mapMeasures(data);
  heading(doc, r('summary'));
  paragraph(doc, narrative(findings, t));
  heading(doc, r('figures'), 11);
  table(doc, [r('columnMeasure'), r('columnValue')], figureRows(measures, r), ['*', 90]);
  heading(doc, r('composition'), 11);
  table(
    doc,
    [r('columnSphere'), r('columnActors'), r('columnStrong'), r('columnDensity')],
    SPHERES.map((sphere) => {
      const strong = composition.strongShareBySphere[sphere];
      return [
        t(`enums.sphere.${sphere}`),
        String(composition.bySphere[sphere]),
        strong.ties ? `${strong.strong} / ${strong.ties}` : r('none'),
        decimal(composition.densityBySphere[sphere]),
      ];
    }),
  );
  const domains = DOMAINS.filter((d) => composition.byDomain[d] > 0);
  if (domains.length > 0) {
    heading(doc, r('domains'), 11);
    table(
      doc,
      [r('columnDomain'), r('columnActors')],
      domains.map((d) => [t(`enums.domain.${d}`), String(composition.byDomain[d])]),
      ['*', 90],
    );
  }
  await control.checkpoint();

  // The actors and their tie with the person.
  heading(doc, r('actors'));
  const egoId = graphs.egoId;
  const egoTie = new Map<string, { closeness: number; valence: string }>();
  for (const tie of data.ties) {
    const other =
      tie.sourceId === egoId ? tie.targetId : tie.targetId === egoId ? tie.sourceId : null;
    if (other !== null && !egoTie.has(other)) egoTie.set(other, tie);
  }
  const others = data.actors.filter((a) => !a.isEgo);
  table(
    doc,
    [
      r('columnName'),
      r('columnRole'),
      r('columnSphere'),
      r('columnDomain'),
      r('columnCloseness'),
      r('columnValence'),
    ],
    others.slice(0, ACTORS_LISTED).map((actor) => {
      const tie = egoTie.get(actor.id);
      return [
        actor.name,
        actor.roleLabel || r('none'),
        t(`enums.sphere.${actor.sphere}`),
        t(`enums.domain.${actor.domain}`),
        tie ? `${tie.closeness} / 5` : r('none'),
        tie ? t(`enums.valence.${tie.valence}`) : r('none'),
      ];
    }),
    ['*', '*', 90, 80, 58, 65],
  );
  if (others.length > ACTORS_LISTED)
    paragraph(doc, r('moreActors', { count: others.length - ACTORS_LISTED }), {
      color: MUTED,
      size: 9,
    });
  await control.checkpoint();

  // Partnerships.
  heading(doc, r('partnerships'));
  if (document.partnerships.length === 0) paragraph(doc, r('noPartnerships'), { color: MUTED });
  for (const partnership of document.partnerships) {
    ensureSpace(doc, 80);
    doc
      .font('bold')
      .fontSize(10.5)
      .text(partnership.title, { width: contentWidth(doc) });
    const end = partnership.endedOn ?? partnership.plannedEndOn;
    paragraph(
      doc,
      r('partnershipDates', {
        start: longDate(partnership.startOn),
        end: end ? r('partnershipEnd', { date: longDate(end) }) : '',
        status: r(`status.${partnership.status}`),
      }),
      { color: MUTED, size: 9 },
    );
    if (partnership.partners.length > 0) {
      table(
        doc,
        [r('partners'), r('columnRole'), r('columnStage')],
        partnership.partners.map((p) => [p.name, p.role || r('none'), r(`stage.${p.stage}`)]),
        ['*', '*', 100],
      );
    }
    if (partnership.objectives.length > 0) {
      paragraph(
        doc,
        `${r('objectives')} : ${partnership.objectives.map((o) => `${o.text} (${o.indicator})`).join(' ; ')}`,
        { size: 9 },
      );
    }
  }
  await control.checkpoint();

  // The change since the last snapshot.
  heading(doc, r('comparison'));
  const last = [...document.snapshots]
    .sort((a, b) => (a.takenOn < b.takenOn ? -1 : a.takenOn > b.takenOn ? 1 : 0))
    .at(-1);
  if (last === undefined) paragraph(doc, r('noComparison'), { color: MUTED });
  else {
    const comparison = compareMaps(last.data, data);
    paragraph(doc, r('comparisonSince', { label: last.label, date: longDate(last.takenOn) }), {
      color: MUTED,
      size: 9,
    });
    paragraph(doc, changeNarrative(comparison, last.label, t, 'fr'));
    doc.moveDown(0.4);
    const before = figureRows(comparison.measures.before, r);
    const after = figureRows(comparison.measures.after, r);
    table(
      doc,
      [r('columnMeasure'), r('columnBefore'), r('columnNow')],
      before.map((row, i) => [row[0] ?? '', row[1] ?? '', after[i]?.[1] ?? '']),
      ['*', 80, 80],
    );
  }

  footers(doc, r('confidential'), (page, pages) => r('page', { page, pages }));
  return toBuffer(doc);
}

function figureRows(m: MapMeasures, r: (key: string) => string): string[][] {
  return [
    [r('figureActors'), String(m.actors)],
    [r('figureTies'), String(m.ties)],
    [r('figurePersonTies'), String(m.personTies)],
    [
      r('figureStrongShare'),
      m.strongShare === null ? r('none') : `${Math.round(m.strongShare * 100)} %`,
    ],
    [r('figureEffectiveSize'), decimal(m.effectiveSize)],
    [r('figureConstraint'), decimal(m.constraint)],
  ];
}

function decimal(value: number | null): string {
  return value === null
    ? '—'
    : value.toLocaleString(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function longDate(isoDay: string): string {
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}
