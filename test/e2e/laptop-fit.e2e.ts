// The map on a 1280×800 field laptop, in French and in English: the app's header and the map
// screen's header each hold in one row with every control named (the map header's buttons may
// show a short label, always within their name), the quick add starts folded (its field still
// there and focused), the legend starts folded, and the canvas gets at least 60% of the
// window's height. The whole ring drawing, the networks' names included, lies inside the canvas
// after load, and again after the legend is unfolded (the view refits to the narrower canvas).
// In « Les deux » (map and table) the canvas keeps most of the height, the whole drawing lies
// inside it and no tool button or note covers a network's name.
// Unfolding the quick add or the legend is one click, and the map screens of the same session
// open as they were left.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { enterApp } from './enter-app';
import {
  openBrowser,
  startApp,
  tempDataDir,
  type BrowserSession,
  type RunningApp,
} from './harness';

const WINDOW = { width: 1280, height: 800 };

/** The header's rows, and the canvas's share of the window's height. */
async function measure(page: Page) {
  const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
  const canvas = (await page.locator('.map-canvas-graph').boundingBox())!;
  // One row: every piece of the map header spans a common band of height.
  const pieces = await page.locator('.map-header > *').evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    }),
  );
  return {
    headerInOneRow:
      (await top('.app-header .main-nav')) === (await top('.app-header .header-actions')),
    mapHeaderInOneRow:
      pieces.length >= 5 &&
      Math.max(...pieces.map((p) => p.top)) < Math.min(...pieces.map((p) => p.bottom)),
    canvasShare: canvas.height / WINDOW.height,
    canvas,
  };
}

/** The ring drawing (bands, networks' names) and each network's name, on screen. */
async function ringDrawing(page: Page) {
  const box = async (selector: string) =>
    page.locator(selector).evaluateAll((elements) =>
      elements.map((element) => {
        const { left, top, right, bottom, width } = element.getBoundingClientRect();
        return { left, top, right, bottom, width };
      }),
    );
  return [...(await box('.map-rings > g')), ...(await box('.map-sector-label'))];
}

/** A bounding box as the page gives it (the tests have Node's types, not the DOM's). */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Tool buttons and the map's notes that overlap a network's name, by bounding boxes. */
async function coveringNames(page: Page): Promise<string[]> {
  const names = await page
    .locator('.map-sector-label')
    .evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().toJSON() as Box),
    );
  const others = await page.locator('.map-tool, .map-notes > p').evaluateAll((elements) =>
    elements.map((element) => ({
      name: element.getAttribute('aria-label') ?? element.textContent ?? '',
      box: element.getBoundingClientRect().toJSON() as Box,
    })),
  );
  return others
    .filter(({ box }) =>
      names.some(
        (n) => box.left < n.right && n.left < box.right && box.top < n.bottom && n.top < box.bottom,
      ),
    )
    .map(({ name }) => name);
}

/** Whether the whole ring drawing lies inside the canvas (half a pixel aside). */
async function ringsInsideCanvas(page: Page): Promise<boolean> {
  const canvas = (await page.locator('.map-canvas-graph').boundingBox())!;
  const drawn = await ringDrawing(page);
  return (
    drawn.length === 4 &&
    drawn.every(
      (b) =>
        b.width > 0 &&
        b.left >= canvas.x - 0.5 &&
        b.top >= canvas.y - 0.5 &&
        b.right <= canvas.x + canvas.width + 0.5 &&
        b.bottom <= canvas.y + canvas.height + 0.5,
    )
  );
}

describe('the map on a 1280×800 laptop', () => {
  const dataDir = tempDataDir();
  let app: RunningApp | undefined;
  let session: BrowserSession | undefined;

  afterAll(async () => {
    await session?.close();
    await app?.stop();
  });

  it('keeps both headers to one row, frames the rings and gives the canvas 60% of the height', async () => {
    app = await startApp(dataDir);
    session = await openBrowser(() => app!.origin, WINDOW);
    const page = session.page;
    await enterApp(page, app.url);
    await page.getByLabel('Pseudonyme').fill('Lina');
    await page.getByLabel('Pseudonyme').press('Enter');
    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
    await page.getByRole('heading', { name: 'Écocarte de Lina' }).waitFor();
    const field = page.locator('input[name="quickAdd"]');
    await expect
      .poll(() =>
        field.evaluate(
          (el) =>
            el ===
            (el as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement,
        ),
      )
      .toBe(true);
    for (const name of ['Maman', 'Karim, frère', 'Sofia']) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await page.getByText('« Sofia » ajouté', { exact: false }).waitFor();

    const header = page.getByRole('banner');
    for (const [language, names] of [
      ['Français', ['Pseudonymiser', 'Sécurité', 'Verrouiller', 'Français', 'English']],
      ['English', ['Pseudonymise', 'Security', 'Lock', 'Français', 'English']],
    ] as const) {
      await header.getByRole('button', { name: language, exact: true }).click();
      for (const name of names) {
        await expect(header.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(
          true,
        );
      }
      const french = language === 'Français';
      const mapHeader = page.locator('.map-header');
      const back = mapHeader.getByRole('button', {
        name: french ? 'Retour aux personnes accompagnées' : 'Back to the supported people',
        exact: true,
      });
      expect((await back.innerText()).replace(/\s+/g, ' ')).toBe(french ? '← Retour' : '← Back');
      for (const name of french
        ? ['Exporter…', 'Prendre un instantané', 'Bilans (0 instantané)']
        : ['Export…', 'Take a snapshot', 'Reviews (0 snapshots)']) {
        await expect(
          mapHeader.getByRole('button', { name, exact: true }).isVisible(),
        ).resolves.toBe(true);
      }
      await expect.poll(() => ringsInsideCanvas(page)).toBe(true);
      const { headerInOneRow, mapHeaderInOneRow, canvasShare, canvas } = await measure(page);
      console.log(
        `${language}, 1280×800: the canvas is ${Math.round(canvas.width)}×${Math.round(canvas.height)}, ${(canvasShare * 100).toFixed(1)}% of the height.`,
      );
      expect(headerInOneRow).toBe(true);
      expect(mapHeaderInOneRow).toBe(true);
      expect(canvasShare).toBeGreaterThanOrEqual(0.6);
    }
    await header.getByRole('button', { name: 'Français', exact: true }).click();

    // The legend starts folded, the canvas takes its width; one click unfolds it, and the view
    // refits the drawing to the narrower canvas.
    const before = (await measure(page)).canvas;
    const showLegend = page.getByRole('button', { name: 'Afficher la légende' });
    expect(await showLegend.getAttribute('aria-expanded')).toBe('false');
    expect(before.width).toBeGreaterThan(780);
    await showLegend.click();
    const hideLegend = page.getByRole('button', { name: 'Masquer la légende' });
    expect(await hideLegend.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('list', { name: 'Les liens' }).waitFor();
    expect((await measure(page)).canvas.width).toBeLessThan(before.width - 150);
    await expect.poll(() => ringsInsideCanvas(page)).toBe(true);

    // « Les deux », legend unfolded: still the whole drawing, the names clear of the buttons.
    await page.getByRole('button', { name: 'Les deux', exact: true }).click();
    await page.locator('.map-table').waitFor();
    await expect.poll(() => ringsInsideCanvas(page)).toBe(true);
    expect(await coveringNames(page)).toEqual([]);
    const split = (await measure(page)).canvas;
    console.log(
      `« Les deux », 1280×800: the canvas is ${Math.round(split.width)}×${Math.round(split.height)}.`,
    );
    expect(split.height).toBeGreaterThan(320);
    await page.getByRole('button', { name: 'Carte', exact: true }).click();
    await expect.poll(() => ringsInsideCanvas(page)).toBe(true);

    // Folded, one click from the choices; unfolded, remembered for the session.
    const options = page.getByRole('button', { name: 'Options', exact: true });
    expect(await options.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('combobox', { name: 'Secteur' }).count()).toBe(0);
    await options.click();
    expect(await options.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('combobox', { name: 'Secteur' }).waitFor();
    await page.getByRole('button', { name: /Retour aux personnes/ }).click();
    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
    await field.waitFor();
    expect(await options.getAttribute('aria-expanded')).toBe('true');
    expect(await hideLegend.getAttribute('aria-expanded')).toBe('true');
    expect(session.foreignRequests()).toEqual([]);
  });
});
