// The map as an image file, with its legend below it: PNG at a chosen resolution (Cytoscape's
// own PNG export, then the legend drawn on a canvas) or SVG (cytoscape-svg, then the legend added
// as SVG elements through the DOM). The map is drawn by a Cytoscape instance of its own, off
// screen, from the same elements and stylesheet as the canvas, so the file shows what the map
// shows whatever the screen is doing.
import cytoscape from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import type { MapData } from '../../../shared/model';
import { mapElements } from '../../map/look/elements';
import { FONT_STACK, mapStylesheet } from '../../map/look/stylesheet';
import { arrowHeads, LEGEND, legendSize, legendSlot, type LegendItem } from './legendItems';

/** White space around the map, in CSS pixels. */
const MARGIN = 32;

let registered = false;
const INK = '#1f2733';

function offscreenMap(data: MapData): { cy: cytoscape.Core; dispose: () => void } {
  if (!registered) {
    cytoscape.use(svgExtension);
    registered = true;
  }
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:fixed;left:-10000px;top:0;width:1200px;height:900px;';
  document.body.append(container);
  const cy = cytoscape({
    container,
    elements: mapElements(data),
    style: mapStylesheet(),
    layout: { name: 'preset' },
    autoungrabify: true,
  });
  return {
    cy,
    dispose: () => {
      cy.destroy();
      container.remove();
    },
  };
}

export async function mapPng(
  data: MapData,
  scale: number,
  legend: readonly LegendItem[],
): Promise<Blob> {
  const { cy, dispose } = offscreenMap(data);
  try {
    const picture = cy.png({ output: 'blob', full: true, scale, bg: '#ffffff' });
    const bitmap = await createImageBitmap(picture);
    const size = legendSize(legend);
    const margin = MARGIN * scale;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(bitmap.width + 2 * margin, Math.ceil(size.width * scale));
    canvas.height = bitmap.height + 2 * margin + Math.ceil(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, (canvas.width - bitmap.width) / 2, margin);
    context.translate(0, bitmap.height + 2 * margin);
    context.scale(scale, scale);
    drawLegendOnCanvas(context, legend);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG.'))), 'image/png'),
    );
  } finally {
    dispose();
  }
}

function drawLegendOnCanvas(context: CanvasRenderingContext2D, legend: readonly LegendItem[]) {
  context.font = `15px ${FONT_STACK}`;
  context.textBaseline = 'middle';
  legend.forEach((item, index) => {
    const { x, y } = legendSlot(legend, index);
    const middle = y + LEGEND.row / 2;
    if (item.kind === 'node') {
      context.fillStyle = item.fill;
      context.strokeStyle = item.border;
      context.lineWidth = 2;
      context.beginPath();
      if (item.square) context.roundRect(x + 7, middle - 9, 18, 18, 4);
      else context.arc(x + 16, middle, 9, 0, 2 * Math.PI);
      context.fill();
      context.stroke();
    } else {
      context.strokeStyle = item.color;
      context.fillStyle = item.color;
      context.lineWidth = item.width;
      // Near-zero dashes with round caps are dots, as on the map.
      context.lineCap = item.dash && (item.dash[0] ?? 1) < 1 ? 'round' : 'butt';
      context.setLineDash(item.dash ?? []);
      context.beginPath();
      context.moveTo(x, middle);
      context.lineTo(x + LEGEND.sample, middle);
      context.stroke();
      context.setLineDash([]);
      context.lineCap = 'butt';
      for (const head of arrowHeads(item, x, middle)) {
        context.beginPath();
        head.forEach(([px, py], i) => (i === 0 ? context.moveTo(px, py) : context.lineTo(px, py)));
        context.closePath();
        context.fill();
      }
    }
    context.fillStyle = INK;
    context.fillText(item.label, x + LEGEND.sample + 10, middle);
  });
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function mapSvg(data: MapData, legend: readonly LegendItem[]): Blob {
  const { cy, dispose } = offscreenMap(data);
  let text: string;
  try {
    text = cy.svg({ full: true, scale: 1, bg: '#ffffff' });
  } finally {
    dispose();
  }
  const document = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = document.documentElement;
  const width = Number.parseFloat(root.getAttribute('width') ?? '0');
  const height = Number.parseFloat(root.getAttribute('height') ?? '0');
  const size = legendSize(legend);
  const total = {
    width: Math.max(width + 2 * MARGIN, size.width),
    height: height + 2 * MARGIN + size.height,
  };
  root.setAttribute('width', String(total.width));
  root.setAttribute('height', String(total.height));
  root.setAttribute(
    'viewBox',
    `${-(total.width - width) / 2} ${-MARGIN} ${total.width} ${total.height}`,
  );
  const make = (name: string, attributes: Record<string, string | number>) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  };
  const left = -(total.width - width) / 2;
  root.insertBefore(
    make('rect', {
      x: left,
      y: -MARGIN,
      width: total.width,
      height: total.height,
      fill: '#ffffff',
    }),
    root.firstChild,
  );
  const group = make('g', {
    transform: `translate(0 ${height})`,
    'font-family': FONT_STACK,
    'font-size': 15,
  });
  group.append(
    make('rect', { x: 0, y: 0, width: total.width, height: size.height, fill: '#ffffff' }),
  );
  legend.forEach((item, index) => {
    const { x, y } = legendSlot(legend, index);
    const middle = y + LEGEND.row / 2;
    if (item.kind === 'node') {
      const shape = item.square
        ? make('rect', { x: x + 7, y: middle - 9, width: 18, height: 18, rx: 4 })
        : make('circle', { cx: x + 16, cy: middle, r: 9 });
      shape.setAttribute('fill', item.fill);
      shape.setAttribute('stroke', item.border);
      shape.setAttribute('stroke-width', '2');
      group.append(shape);
    } else {
      const line = make('line', {
        x1: x,
        y1: middle,
        x2: x + LEGEND.sample,
        y2: middle,
        stroke: item.color,
        'stroke-width': item.width,
      });
      if (item.dash) line.setAttribute('stroke-dasharray', item.dash.join(' '));
      if (item.dash && (item.dash[0] ?? 1) < 1) line.setAttribute('stroke-linecap', 'round');
      group.append(line);
      for (const head of arrowHeads(item, x, middle)) {
        group.append(
          make('polygon', { points: head.map((p) => p.join(',')).join(' '), fill: item.color }),
        );
      }
    }
    const label = make('text', {
      x: x + LEGEND.sample + 10,
      y: middle,
      'dominant-baseline': 'middle',
      fill: INK,
    });
    label.textContent = item.label;
    group.append(label);
  });
  root.append(group);
  return new Blob([new XMLSerializer().serializeToString(document)], { type: 'image/svg+xml' });
}
