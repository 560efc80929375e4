// The map drawn in the report with pdfkit's vector primitives, from the model's positions (no
// screen needed, so it is tested headless): the screen's conventions (shared/exchange/palette.ts)
// — colour by network, round people and square organisations, the person larger and dark; line
// width by closeness, colour by quality, dashes for weak ties and dots for broken ones — and the
// legend that says so. Unplaced actors are set on a circle around the person.
import type { Actor, Placement, Tie } from '../../../../shared/model';
import {
  EGO_BORDER,
  EGO_COLOUR,
  SPHERE_BORDERS,
  SPHERE_COLOURS,
  VALENCE_COLOURS,
  WIDTH_BY_CLOSENESS,
} from '../../../../shared/exchange/palette';
import { INK, MUTED } from './layout';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Above this many actors the names are not written on the drawing (the table has them). */
export const LABELLED_UP_TO = 80;
const WEAK_UP_TO = 2;

export function drawMap(
  doc: PDFKit.PDFDocument,
  data: { actors: Actor[]; ties: Tie[]; placements: Placement[] },
  box: Box,
): void {
  const positions = layout(data.actors, data.placements);
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of positions.values()) {
    [minX, maxX, minY, maxY] = [
      Math.min(minX, p.x),
      Math.max(maxX, p.x),
      Math.min(minY, p.y),
      Math.max(maxY, p.y),
    ];
  }
  const pad = 28;
  const scale = Math.min(
    (box.width - 2 * pad) / Math.max(maxX - minX, 1),
    (box.height - 2 * pad) / Math.max(maxY - minY, 1),
    1.4,
  );
  const cx = box.x + box.width / 2 - ((minX + maxX) / 2) * scale;
  const cy = box.y + box.height / 2 - ((minY + maxY) / 2) * scale;
  const at = (id: string) => {
    const p = positions.get(id) ?? { x: 0, y: 0 };
    return { x: cx + p.x * scale, y: cy + p.y * scale };
  };
  // Sizes follow the zoom, within what stays readable on paper.
  const zoom = Math.max(0.12, Math.min(scale, 0.45));

  doc.save();
  doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.5).strokeColor('#c9ced6').stroke();
  for (const tie of data.ties) {
    const a = at(tie.sourceId);
    const b = at(tie.targetId);
    tieStroke(doc, tie, zoom * 1.6);
    doc.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke();
  }
  doc.undash().lineCap('butt');
  const labelled = data.actors.length <= LABELLED_UP_TO;
  for (const actor of data.actors) {
    const p = at(actor.id);
    drawNode(doc, actor, p.x, p.y, radiusOf(actor, zoom));
  }
  // Names last, on a white ground, so no line crosses them.
  if (labelled) {
    for (const actor of data.actors) {
      const p = at(actor.id);
      const top = p.y + radiusOf(actor, zoom) + 1.5;
      doc.font(actor.isEgo ? 'bold' : 'regular').fontSize(actor.isEgo ? 8 : 6.5);
      const width = Math.min(doc.widthOfString(actor.name), 90);
      doc
        .rect(p.x - width / 2 - 1.5, top - 0.5, width + 3, doc.currentLineHeight() + 1)
        .fill('#ffffff');
      doc.fillColor(INK).text(actor.name, p.x - 45, top, {
        width: 90,
        align: 'center',
        lineBreak: false,
        ellipsis: true,
      });
    }
  }
  doc.restore();
}

const radiusOf = (actor: Pick<Actor, 'isEgo'>, zoom: number) => (actor.isEgo ? 46 : 25) * zoom;

function tieStroke(
  doc: PDFKit.PDFDocument,
  tie: Pick<Tie, 'closeness' | 'valence'>,
  factor: number,
): void {
  doc
    .lineWidth(Math.max(0.4, (WIDTH_BY_CLOSENESS[tie.closeness] ?? 3) * factor))
    .strokeColor(VALENCE_COLOURS[tie.valence]);
  if (tie.valence === 'broken') doc.lineCap('round').dash(0.1, { space: 2.5 });
  else if (tie.closeness <= WEAK_UP_TO) doc.lineCap('butt').dash(3, { space: 2 });
  else doc.lineCap('butt').undash();
}

const NEUTRAL_SAMPLE = { fill: '#ffffff', border: '#5b6574' };

function drawNode(
  doc: PDFKit.PDFDocument,
  actor: Pick<Actor, 'isEgo' | 'kind' | 'sphere'>,
  x: number,
  y: number,
  r: number,
  colours?: { fill: string; border: string },
) {
  const fill = colours?.fill ?? (actor.isEgo ? EGO_COLOUR : SPHERE_COLOURS[actor.sphere]);
  const border = colours?.border ?? (actor.isEgo ? EGO_BORDER : SPHERE_BORDERS[actor.sphere]);
  doc.lineWidth(Math.max(0.5, r / 8)).undash();
  if (actor.kind === 'organisation' && !actor.isEgo)
    doc.roundedRect(x - r, y - r, 2 * r, 2 * r, r / 4);
  else doc.circle(x, y, r);
  doc.fillAndStroke(fill, border);
}

/** Placed actors where they are; the others evenly on a circle beyond them. */
function layout(actors: Actor[], placements: Placement[]): Map<string, { x: number; y: number }> {
  const positions = new Map(placements.map((p) => [p.actorId, { x: p.x, y: p.y }]));
  const unplaced = actors.filter((a) => !positions.has(a.id));
  const ego = actors.find((a) => a.isEgo);
  if (ego && !positions.has(ego.id)) positions.set(ego.id, { x: 0, y: 0 });
  const others = unplaced.filter((a) => !a.isEgo);
  let reach = 300;
  for (const p of positions.values()) reach = Math.max(reach, Math.hypot(p.x, p.y) + 80);
  others.forEach((actor, i) => {
    const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
    positions.set(actor.id, { x: Math.cos(angle) * reach, y: Math.sin(angle) * reach });
  });
  return positions;
}

export interface LegendWords {
  ego: string;
  spheres: Record<Actor['sphere'], string>;
  person: string;
  organisation: string;
  strong: string;
  weak: string;
  stressful: string;
  broken: string;
}

/** Two columns of samples drawn with the same functions as the map. */
export function drawLegend(
  doc: PDFKit.PDFDocument,
  words: LegendWords,
  x: number,
  y: number,
  width: number,
): number {
  const row = 15;
  const column = width / 2;
  const nodes: [Pick<Actor, 'isEgo' | 'kind' | 'sphere'>, string][] = [
    [{ isEgo: true, kind: 'person', sphere: 'primary' }, words.ego],
    [{ isEgo: false, kind: 'person', sphere: 'primary' }, words.spheres.primary],
    [
      { isEgo: false, kind: 'person', sphere: 'informal_secondary' },
      words.spheres.informal_secondary,
    ],
    [{ isEgo: false, kind: 'person', sphere: 'formal_secondary' }, words.spheres.formal_secondary],
  ];
  // The shape tells the kind whatever the sphere: drawn white, as the screen's legend does.
  const shapes: [Pick<Actor, 'isEgo' | 'kind' | 'sphere'>, string][] = [
    [{ isEgo: false, kind: 'person', sphere: 'informal_secondary' }, words.person],
    [{ isEgo: false, kind: 'organisation', sphere: 'informal_secondary' }, words.organisation],
  ];
  const ties: [Pick<Tie, 'closeness' | 'valence'>, string][] = [
    [{ closeness: 5, valence: 'supportive' }, words.strong],
    [{ closeness: 2, valence: 'neutral' }, words.weak],
    [{ closeness: 3, valence: 'conflictual' }, words.stressful],
    [{ closeness: 3, valence: 'broken' }, words.broken],
  ];
  doc.save().font('regular').fontSize(8);
  [...nodes, ...shapes].forEach(([sample, label], i) => {
    const top = y + i * row;
    drawNode(doc, sample, x + 6, top + 5, 4.5, i >= nodes.length ? NEUTRAL_SAMPLE : undefined);
    doc.fillColor(INK).text(label, x + 16, top + 1, { width: column - 20, lineBreak: false });
  });
  ties.forEach(([sample, label], i) => {
    const top = y + i * row + 5;
    tieStroke(doc, sample, 0.8);
    doc
      .moveTo(x + column, top)
      .lineTo(x + column + 26, top)
      .stroke();
    doc
      .undash()
      .lineCap('butt')
      .fillColor(INK)
      .text(label, x + column + 32, top - 4, { width: column - 34, lineBreak: false });
  });
  doc.restore().fillColor(MUTED);
  return y + Math.max(nodes.length + shapes.length, ties.length) * row;
}
