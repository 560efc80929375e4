// Screenshots of the data-protection screens in headless Chromium, against the real browser-mode
// server on a fresh data folder: first launch (setup), a wrong passphrase at the unlock screen,
// and the security screen. Run after `npm run build`:
//   node --import tsx test/look/security-look.ts
// The PNGs go to test/artefacts/ (kept small, for the issue notes).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openBrowser, startApp, tempDataDir } from '../e2e/harness';

const OUT = path.resolve('test/artefacts');
const PASSPHRASE = 'lanterne marée cobalt quarante-deux';

async function main() {
  mkdirSync(OUT, { recursive: true });
  const app = await startApp(tempDataDir('maillage-look-security-'));
  const session = await openBrowser(() => app.origin, { width: 1100, height: 900 });
  const { page } = session;
  try {
    await page.goto(app.url);
    await page.getByLabel('Phrase secrète', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirmer la phrase secrète').fill(PASSPHRASE);
    await page.getByRole('meter').waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(OUT, 'security-setup.png'), fullPage: true });
    await page.getByLabel(/J’ai compris/).check();
    await page.getByRole('button', { name: 'Créer le coffre' }).click();
    await page.getByRole('button', { name: /Verrouiller/ }).waitFor();
    await page.getByRole('button', { name: 'Sécurité' }).click();
    await page.getByRole('tab', { name: 'Sauvegardes' }).waitFor();
    await page.screenshot({ path: path.join(OUT, 'security-backups.png'), fullPage: true });
    await page.keyboard.press('Control+l');
    const field = page.getByLabel('Phrase secrète', { exact: true });
    for (let i = 0; i < 3; i++) {
      await field.fill('une phrase qui ne va pas');
      await page.getByRole('button', { name: 'Déverrouiller' }).click();
      await page.getByText('Phrase secrète incorrecte.').waitFor();
    }
    await page.getByText(/réessayez dans/).waitFor();
    await page.screenshot({ path: path.join(OUT, 'security-unlock.png'), fullPage: true });
    const foreign = session.foreignRequests();
    if (foreign.length > 0) throw new Error(`Requests outside the app: ${foreign.join(', ')}`);
    console.log(`Screenshots in ${OUT}`);
  } finally {
    await session.close();
    await app.stop();
  }
}

await main();
