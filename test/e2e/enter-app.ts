// Opens the app and gets past the data-protection screens (issue 5) when they are there: the
// first-launch setup (passphrase twice, "I understood", create) or the unlock screen. Then goes
// to the case list (through the main navigation when the app opens on its home screen).
// Shared by the end-to-end tests.
import type { Page } from 'playwright-core';

export const E2E_PASSPHRASE = 'girafe lanterne poivron velours 1987';

export async function enterApp(page: Page, url: string, passphrase = E2E_PASSPHRASE) {
  await page.goto(url);
  await passGate(page, passphrase);
  await showCaseList(page);
}

/** Fills the setup or unlock screen if one is shown; returns once the app itself is there. */
export async function passGate(page: Page, passphrase = E2E_PASSPHRASE) {
  // The app's own navigation: the security screens share the header but not the navigation, and
  // show that header while they are still asking the vault for its state.
  const inApp = page.locator('.app:not(.security-frame) .main-nav');
  const setup = page.getByRole('button', { name: 'Créer le coffre' });
  const unlock = page.getByRole('button', { name: 'Déverrouiller' });
  await inApp.or(setup).or(unlock).first().waitFor({ timeout: 30_000 });
  if (await setup.isVisible()) {
    await page.getByLabel('Phrase secrète', { exact: true }).fill(passphrase);
    await page.getByLabel('Confirmer la phrase secrète', { exact: true }).fill(passphrase);
    await page.getByLabel('J’ai compris', { exact: false }).check();
    await setup.click();
  } else if (await unlock.isVisible()) {
    await page.getByLabel('Phrase secrète', { exact: true }).fill(passphrase);
    await unlock.click();
  }
  await inApp.waitFor({ timeout: 30_000 });
}

/** The list of the people accompanied, from wherever the app is. */
export async function showCaseList(page: Page) {
  const caseList = page.getByRole('heading', { name: 'Personnes accompagnées' });
  const nav = page.getByRole('button', { name: 'Personnes accompagnées', exact: true });
  await caseList.or(nav).first().waitFor({ timeout: 30_000 });
  if (!(await caseList.isVisible())) await nav.click();
  await caseList.waitFor({ timeout: 30_000 });
}
