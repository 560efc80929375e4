// The map on a 1280×800 field laptop, in French and in English: the app's header holds in one
// row with every control named, the quick add starts folded (its field still there and
// focused), and the canvas gets at least 60% of the window's height. Unfolding the quick add is
// one click, and the map screens of the same session open as it was left.
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
  return {
    headerInOneRow:
      (await top('.app-header .main-nav')) === (await top('.app-header .header-actions')),
    canvasShare: canvas.height / WINDOW.height,
  };
}

describe('the map on a 1280×800 laptop', () => {
  const dataDir = tempDataDir();
  let app: RunningApp | undefined;
  let session: BrowserSession | undefined;

  afterAll(async () => {
    await session?.close();
    await app?.stop();
  });

  it('keeps the header to one row and gives the canvas 60% of the height', async () => {
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
      const { headerInOneRow, canvasShare } = await measure(page);
      console.log(`${language}, 1280×800: the canvas has ${(canvasShare * 100).toFixed(1)}%.`);
      expect(headerInOneRow).toBe(true);
      expect(canvasShare).toBeGreaterThanOrEqual(0.6);
    }
    await header.getByRole('button', { name: 'Français', exact: true }).click();

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
    expect(session.foreignRequests()).toEqual([]);
  });
});
