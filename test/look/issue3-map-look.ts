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
      await page.screenshot({ path: target(`issue3-map-${size.actors}.png`) });
      if (size.actors === 40) {
        await page.keyboard.press('F5');
        await page.waitForTimeout(700);
        await page.screenshot({ path: target('issue3-presentation.png') });
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
      }
      if (size.actors === 10) {
        await page.getByRole('button', { name: 'Le réseau que j’aimerais' }).click();
        await page
          .getByRole('button', { name: 'Commencer à partir de la carte d’aujourd’hui' })
          .click();
        await page.getByRole('heading', { name: 'Le réseau que Lina aimerait' }).waitFor();
        await page.waitForTimeout(800);
        await page.screenshot({ path: target('issue3-wished.png') });
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
