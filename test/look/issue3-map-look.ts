// Screenshots of issue 3's map: maps of 10, 40 and 150 actors (tidied), presentation mode, and
// "the network I would like" beside today's map. With --artefacts they are written to
// test/artefacts/issue3-*.png (kept small: JPEG would blur the lines, so PNG at 1280×800).
// Run: npm run build && node --import tsx test/look/issue3-map-look.ts [outDir] [--artefacts]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { appApi } from '../e2e/app-api';
import { enterApp } from '../e2e/enter-app';
import { actorOnScreen, drag, mapPointOnScreen } from '../e2e/map-drag';
import { openBrowser, startApp, tempDataDir } from '../e2e/harness';
import { createMapCase } from './map-cases';

const outDir =
  process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'test/artefacts/tmp';
const artefacts = process.argv.includes('--artefacts');
const target = (name: string) => join(artefacts ? 'test/artefacts' : outDir, name);

type PageGlobals = { __maillage?: { cy: Core } };

async function openCase(page: Page, name: string, nodes: number) {
  await page.getByRole('button', { name: `Ouvrir l’écocarte de ${name}` }).click();
  await page.getByRole('heading', { name: `Écocarte de ${name}` }).waitFor();
  await page.waitForFunction(
    (count) => (globalThis as unknown as PageGlobals).__maillage?.cy.nodes().length === count,
    nodes,
  );
}

async function tidy(page: Page) {
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/map.applyEdits'));
  await page.getByRole('button', { name: 'Ranger les ronds dans leurs cercles' }).click();
  await saved;
  await page.getByRole('button', { name: 'Voir toute la carte' }).click();
  await page.waitForTimeout(500);
}

/** What Lina would like: the CAF closer, Yanis further, Théo gone, her aunt there. */
async function wish(page: Page) {
  // Saved, and the actors that moved aside have glided to their place.
  const edited = () =>
    page
      .waitForResponse((r) => r.url().endsWith('/api/map.applyEdits'))
      .then(() => page.waitForTimeout(500));
  let saved = edited();
  await drag(page, await actorOnScreen(page, 'CAF 5'), await mapPointOnScreen(page, 115, 130));
  await saved;
  saved = edited();
  await drag(page, await actorOnScreen(page, 'Ami Yanis'), await mapPointOnScreen(page, 310, -60));
  await saved;
  const theo = await actorOnScreen(page, 'Camarade Théo');
  await page.mouse.click(theo.x, theo.y);
  saved = edited();
  await page.keyboard.press('Delete');
  await saved;
  const form = page.getByRole('form', { name: 'Une personne ou une structure' });
  await form.getByLabel('Nom', { exact: true }).fill('Tante Nora');
  await form.getByLabel('Lien avec Lina').selectOption({ label: '5 · Indispensable' });
  saved = edited();
  await form.getByRole('button', { name: 'Ajouter à la carte' }).click();
  await saved;
  // Out of the form (shortcuts leave typing alone), then tidy the wished map.
  const wished = page.getByRole('img', { name: /Le réseau que Lina aimerait/ });
  await wished.click({ position: { x: 12, y: 12 } });
  saved = edited();
  await page.keyboard.press('Alt+A');
  await saved;
  await page.waitForTimeout(300);
}

async function back(page: Page) {
  await page.getByRole('button', { name: 'Retour aux personnes accompagnées' }).first().click();
  await page.getByRole('heading', { name: 'Personnes accompagnées' }).waitFor();
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const app = await startApp(tempDataDir('maillage-look3map-'));
  const session = await openBrowser(() => app.origin, { width: 1600, height: 1000 });
  const page = session.page;
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('console:', message.text());
  });
  try {
    await enterApp(page, app.url);
    const api = appApi(app);
    const sizes = [
      { name: 'Lina', actors: 10 },
      { name: 'Yanis', actors: 40 },
      { name: 'Inès', actors: 150 },
    ];
    for (const size of sizes) await createMapCase(api, size.name, size.actors);
    await page.reload();
    await enterApp(page, app.url);

    for (const size of sizes) {
      await openCase(page, size.name, size.actors + 1);
      await tidy(page);
      await page
        .locator('.map-stage')
        .screenshot({ path: target(`issue3-map-${size.actors}.png`) });
      if (size.actors === 40) {
        // A projector's 1280×800.
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.keyboard.press('F5');
        await page.waitForTimeout(700);
        await page.screenshot({ path: target('issue3-presentation.png') });
        await page.keyboard.press('Escape');
        await page.setViewportSize({ width: 1600, height: 1000 });
        await page.waitForTimeout(300);
      }
      if (size.actors === 10) {
        await page.getByRole('button', { name: 'Le réseau que j’aimerais' }).click();
        await page
          .getByRole('button', { name: 'Commencer à partir de la carte d’aujourd’hui' })
          .click();
        await page.getByRole('heading', { name: 'Le réseau que Lina aimerait' }).waitFor();
        await page.waitForTimeout(800);
        await wish(page);
        await page.locator('.wished-stage').screenshot({ path: target('issue3-wished.png') });
        await page.getByRole('button', { name: 'Carte d’aujourd’hui', exact: true }).click();
        await page.getByRole('heading', { name: 'Écocarte de Lina' }).waitFor();
      }
      await back(page);
    }
    console.log(`Screenshots written; foreign requests: ${session.foreignRequests().length}`);
  } catch (error) {
    await page.screenshot({ path: join(outDir, 'failure.png') });
    throw error;
  } finally {
    await session.close();
    await app.stop();
  }
}

await main();
