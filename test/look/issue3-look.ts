// Drives the built app through issue 3's workflow (quick add, table, palette, help, context
// menu) and saves screenshots to look at. With --artefacts it also writes the PNGs.
// Run: npm run build && node --import tsx test/look/issue3-look.ts [outDir] [--artefacts]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { enterApp } from '../e2e/enter-app';
import { openBrowser, startApp, tempDataDir } from '../e2e/harness';

const outDir =
  process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'test/artefacts/tmp';
const artefacts = process.argv.includes('--artefacts');

const PEOPLE: [string, string[]][] = [
  ['family', ['Samia, mère', 'Karim, père', 'Nora, sœur']],
  ['friends', ['Inès', 'Yanis']],
  ['school', ['Mme Leroy, professeure principale']],
  ['leisure', ['Coach Ali, entraîneur de foot']],
  ['professionals', ['M. Durand, éducateur ASE']],
];

async function main() {
  mkdirSync(outDir, { recursive: true });
  const app = await startApp(tempDataDir('maillage-look3-'));
  const session = await openBrowser(() => app.origin, { width: 1440, height: 900 });
  const page = session.page;
  try {
    await enterApp(page, app.url);
    await page.getByLabel('Pseudonyme').fill('Lina');
    await page.getByRole('button', { name: 'Créer la fiche' }).click();
    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
    const field = page.locator('input[name="quickAdd"]');
    await field.waitFor();
    await field.focus();
    for (const [index, [, names]] of PEOPLE.entries()) {
      if (index > 0) await page.keyboard.press('Alt+ArrowDown');
      for (const name of names) {
        await page.keyboard.type(name);
        await page.keyboard.press('Enter');
      }
    }
    await page.keyboard.type('samia');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, 'issue3-map.png') });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Alt+B');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, 'issue3-split.png') });
    await page.keyboard.press('Alt+T');
    await page.locator('table[aria-label="Acteurs"] tbody th').nth(1).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, 'issue3-table.png') });
    await page.keyboard.press('Shift+F10');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, 'issue3-menu.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.keyboard.type('lien');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, 'issue3-palette.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, 'issue3-help.png') });
    if (artefacts) {
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 1200, height: 860 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'test/artefacts/issue3-table.png' });
      await page.keyboard.press('Control+K');
      await page.keyboard.type('lien');
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'test/artefacts/issue3-palette.png' });
    }
    console.log(`Screenshots in ${outDir}; foreign requests: ${session.foreignRequests().length}`);
  } finally {
    await session.close();
    await app.stop();
  }
}

await main();
