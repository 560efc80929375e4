// The map on screen, in headless Chromium (software rendering, as on a laptop without a GPU
// driver): how long a 150-actor map takes from its data to its first paint, and how much work
// each frame costs while a node of a 300-actor map is dragged.
//
// First paint: from the end of the `map.load` response (resource timing) to the frame after
// Cytoscape's first render (marks left by the canvas, canvas/motion.ts); that covers parsing,
// React, building the elements and rings, and drawing. Drag frames: for each frame, the time
// spent handling the pointer moves that arrived since the previous frame plus Cytoscape's frame
// (its before-render work and its render), so the figure is the main thread's work per frame,
// not the 16.7 ms display interval (also printed, for reference).
//
// Builds first unless --no-build. Run: node --import tsx test/bench/render.bench.ts
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { appApi } from '../e2e/app-api';
import { enterApp } from '../e2e/enter-app';
import { openBrowser, startApp, tempDataDir } from '../e2e/harness';
import { actorOnScreen, mapPointOnScreen } from '../e2e/map-drag';
import { createMapCase } from '../look/map-cases';

const FIRST_PAINT_ACTORS = 150;
const DRAG_ACTORS = 300;
const DRAG_TIES = 900;
const OPENINGS = 9;
const DRAG_STEPS = 120;
const TARGET_FIRST_PAINT_MS = 300;
const TARGET_FRAME_P95_MS = 16;

type PageGlobals = {
  __maillage?: { cy: Core };
  __bench?: { frames: number[]; intervals: number[] };
};

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function openCase(page: Page, name: string, nodes: number) {
  await page.evaluate(() => {
    performance.clearMarks();
    performance.clearResourceTimings();
  });
  await page.getByRole('button', { name: `Ouvrir l’écocarte de ${name}` }).click();
  await page.waitForFunction(
    (count) => (globalThis as unknown as PageGlobals).__maillage?.cy.nodes().length === count,
    nodes,
  );
}

interface Paint {
  /** From the end of the map.load response to the frame after the first render. */
  total: number;
  /** Of which: until the canvas receives the elements (parsing, the store, React). */
  toCanvas: number;
}

async function firstPaint(page: Page): Promise<Paint> {
  await page.waitForFunction(() => performance.getEntriesByName('maillage:map-paint').length > 0);
  return page.evaluate(() => {
    const load = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/api/map.load'))
      .at(-1) as unknown as { responseEnd: number } | undefined;
    const data = performance.getEntriesByName('maillage:map-data')[0]!;
    const paint = performance.getEntriesByName('maillage:map-paint')[0]!;
    if (!load) throw new Error('no map.load in the resource timings');
    return {
      total: paint.startTime - load.responseEnd,
      toCanvas: data.startTime - load.responseEnd,
    };
  });
}

async function back(page: Page) {
  await page.getByRole('button', { name: 'Retour aux personnes accompagnées' }).first().click();
  await page.getByRole('heading', { name: 'Personnes accompagnées' }).waitFor();
}

/** Records each frame's work from now on (see the header). */
async function instrumentFrames(page: Page) {
  // tsx keeps function names with a helper the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate(() => {
    type Browser = {
      addEventListener: (type: string, listener: () => void, capture?: boolean) => void;
      requestAnimationFrame: (callback: (now: number) => void) => number;
    };
    const g = globalThis as unknown as PageGlobals & Browser;
    const cy = g.__maillage!.cy;
    const bench = { frames: [] as number[], intervals: [] as number[] };
    g.__bench = bench;
    let input = 0;
    let frameStart = 0;
    let inputStart = 0;
    // Window capture listeners run first, bubble listeners added now run after Cytoscape's.
    g.addEventListener('mousemove', () => (inputStart = performance.now()), true);
    g.addEventListener('mousemove', () => (input += performance.now() - inputStart));
    type Renderer = {
      beforeRender: (fn: (willDraw: boolean) => void, priority: number) => void;
      render: (options: unknown) => void;
    };
    const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
    renderer.beforeRender((willDraw) => {
      if (willDraw) frameStart = performance.now();
    }, 10_000);
    const render = renderer.render.bind(renderer);
    renderer.render = (options: unknown) => {
      render(options);
      if (frameStart === 0) return;
      bench.frames.push(input + performance.now() - frameStart);
      input = 0;
      frameStart = 0;
    };
    let last = 0;
    const tick = (now: number) => {
      if (last > 0) bench.intervals.push(now - last);
      last = now;
      g.requestAnimationFrame(tick);
    };
    g.requestAnimationFrame(tick);
  });
}

async function dragFrames(page: Page): Promise<{ frames: number[]; intervals: number[] }> {
  const name = await page.evaluate(() => {
    const cy = (globalThis as unknown as PageGlobals).__maillage!.cy;
    // The busiest actor but the person: the most ties to redraw.
    const node = cy.nodes(':grabbable').max((n) => n.degree(false)).ele;
    return String(node.data('label')).split('\n')[0];
  });
  const from = await actorOnScreen(page, name!);
  await instrumentFrames(page);
  await page.evaluate(() => {
    const bench = (globalThis as unknown as PageGlobals).__bench!;
    bench.frames.length = 0;
    bench.intervals.length = 0;
  });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A loop through the rings and sectors, as a young person moving someone around.
  for (let step = 1; step <= DRAG_STEPS; step += 1) {
    const angle = -90 + (360 * step) / DRAG_STEPS;
    const radius = 150 + 250 * Math.abs(Math.sin((Math.PI * step) / DRAG_STEPS));
    const to = await mapPointOnScreen(page, radius, angle);
    await page.mouse.move(to.x, to.y);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const bench = (globalThis as unknown as PageGlobals).__bench!;
    return { frames: [...bench.frames], intervals: [...bench.intervals] };
  });
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const dataDir = tempDataDir('maillage-bench-render-');
  const app = await startApp(dataDir);
  const session = await openBrowser(() => app.origin, { width: 1440, height: 900 });
  const page = session.page;
  try {
    await enterApp(page, app.url);
    const api = appApi(app);
    await createMapCase(api, 'Inès', FIRST_PAINT_ACTORS);
    await createMapCase(api, 'Yanis', DRAG_ACTORS, DRAG_TIES);
    await page.reload();
    await enterApp(page, app.url);

    const paints: Paint[] = [];
    for (let run = 0; run < OPENINGS; run += 1) {
      await openCase(page, 'Inès', FIRST_PAINT_ACTORS + 1);
      paints.push(await firstPaint(page));
      await back(page);
    }
    // The first opening also loads code and fonts: reported, not counted.
    const counted = paints.slice(1).map((p) => p.total);
    const toCanvas = percentile(
      paints.slice(1).map((p) => p.toCanvas),
      50,
    );

    await openCase(page, 'Yanis', DRAG_ACTORS + 1);
    await page.waitForTimeout(500);
    const { frames, intervals } = await dragFrames(page);

    const paintMedian = percentile(counted, 50);
    const paintMax = Math.max(...counted);
    const frameMedian = percentile(frames, 50);
    const frameP95 = percentile(frames, 95);
    const paintPass = paintMax < TARGET_FIRST_PAINT_MS;
    const framePass = frameP95 < TARGET_FRAME_P95_MS && frames.length >= DRAG_STEPS / 2;
    const rows = [
      ['figure', 'median', 'p95 / max', 'target', 'result'],
      [
        `first paint, ${FIRST_PAINT_ACTORS} actors (${counted.length} openings)`,
        ms(paintMedian),
        ms(paintMax),
        `max < ${TARGET_FIRST_PAINT_MS} ms`,
        paintPass ? 'PASS' : 'FAIL',
      ],
      [
        `work per frame, dragging in ${DRAG_ACTORS} actors / ${DRAG_TIES} ties (${frames.length} frames)`,
        ms(frameMedian),
        ms(frameP95),
        `p95 < ${TARGET_FRAME_P95_MS} ms`,
        framePass ? 'PASS' : 'FAIL',
      ],
      [
        'display interval while dragging (reference)',
        ms(percentile(intervals, 50)),
        ms(percentile(intervals, 95)),
        '',
        '',
      ],
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
    console.log('Map rendering in headless Chromium (software rendering), 1440×900');
    console.log(
      `  first opening (cold): ${ms(paints[0]!.total)}; all: ${paints.map((p) => p.total.toFixed(0)).join(', ')} ms`,
    );
    console.log(`  of which, until the canvas has the elements (median): ${ms(toCanvas)}`);
    for (const row of rows)
      console.log(
        `  ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ')}`,
      );
    process.exitCode = paintPass && framePass ? 0 : 1;
  } finally {
    await session.close();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
