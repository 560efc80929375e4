// Drives the built app in browser mode through its own forms (a case list, then a map with
// about eight actors and a tie of every quality) and saves screenshots to look at.
// Run: npm run build && node --import tsx test/look/renderer-look.ts [outDir]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { enterApp } from '../e2e/enter-app';
import { openBrowser, startApp, tempDataDir } from '../e2e/harness';

const outDir = process.argv[2] ?? 'test/artefacts/tmp';
/** With --artefacts, the case list and the map are also saved as the screenshots. */
const artefacts = process.argv.includes('--artefacts');

/** What the page exposes for diagnostics (this script has Node's types, not the DOM's). */
type PageGlobals = { __maillage?: { cy: Core } };

interface ActorSpec {
  name: string;
  kind?: 'Personne' | 'Organisation';
  role: string;
  sphere: string;
  domain: string;
  closeness: string | 'Pas de lien direct';
  valence?: string;
}

const ACTORS: ActorSpec[] = [
  {
    name: 'Samia',
    role: 'mère',
    sphere: 'Réseau primaire',
    domain: 'Famille',
    closeness: '5 · Indispensable',
    valence: 'Soutenant',
  },
  {
    name: 'Karim',
    role: 'père',
    sphere: 'Réseau primaire',
    domain: 'Famille',
    closeness: '2 · Faible',
    valence: 'Rompu',
  },
  {
    name: 'Inès',
    role: 'meilleure amie',
    sphere: 'Réseau primaire',
    domain: 'Amis',
    closeness: '4 · Proche',
    valence: 'Soutenant',
  },
  {
    name: 'Club de foot',
    kind: 'Organisation',
    role: 'entraîneur',
    sphere: 'Réseau secondaire informel',
    domain: 'Sport',
    closeness: '3 · Moyen',
    valence: 'Neutre',
  },
  {
    name: 'Maison de quartier',
    kind: 'Organisation',
    role: '',
    sphere: 'Réseau secondaire informel',
    domain: 'Loisirs',
    closeness: '2 · Faible',
    valence: 'Ambivalent',
  },
  {
    name: 'ASE',
    kind: 'Organisation',
    role: 'éducateur référent',
    sphere: 'Réseau secondaire formel',
    domain: 'Protection de l’enfance',
    closeness: '4 · Proche',
    valence: 'Soutenant',
  },
  {
    name: 'Collège Jean Moulin',
    kind: 'Organisation',
    role: 'CPE',
    sphere: 'Réseau secondaire formel',
    domain: 'École, formation',
    closeness: '3 · Moyen',
    valence: 'Stressant',
  },
  {
    name: 'Juge des enfants',
    role: '',
    sphere: 'Réseau secondaire formel',
    domain: 'Justice',
    closeness: '1 · Lointain',
    valence: 'Conflictuel',
  },
];

async function shot(page: Page, name: string, dir = outDir) {
  const path = join(dir, name);
  await page.screenshot({ path });
  console.log(`saved ${path}`);
}

async function createCase(page: Page, pseudonym: string, year: string, referent: string) {
  await page.getByLabel('Pseudonyme').fill(pseudonym);
  await page.getByLabel('Année de naissance').fill(year);
  await page.getByLabel('Éducateur ou éducatrice référent·e').fill(referent);
  await page.getByRole('button', { name: 'Créer la fiche' }).click();
  await page.getByRole('heading', { name: pseudonym, exact: true }).waitFor();
}

async function addActor(page: Page, spec: ActorSpec) {
  const form = page.getByRole('form', { name: 'Une personne ou une structure' });
  await form.getByLabel('Nom', { exact: true }).fill(spec.name);
  await form.getByLabel('C’est…').selectOption({ label: spec.kind ?? 'Personne' });
  await form.getByLabel('Rôle', { exact: true }).fill(spec.role);
  await form.getByLabel('Réseau', { exact: true }).selectOption({ label: spec.sphere });
  await form.getByLabel('Domaine').selectOption({ label: spec.domain });
  await form.getByLabel(/^Lien avec/).selectOption({ label: spec.closeness });
  if (spec.valence) await form.getByLabel('Qualité du lien').selectOption({ label: spec.valence });
  await form.getByRole('button', { name: 'Ajouter à la carte' }).click();
  await form.getByRole('status').filter({ hasText: spec.name }).waitFor();
}

async function addTie(
  page: Page,
  a: string,
  b: string,
  closeness: string,
  valence: string,
  support?: string,
) {
  await page.getByRole('button', { name: 'Un lien entre deux acteurs' }).click();
  const form = page.getByRole('form', { name: 'Un lien entre deux acteurs' });
  await form.getByLabel('De', { exact: true }).selectOption({ label: a });
  await form.getByLabel('À', { exact: true }).selectOption({ label: b });
  await form.getByLabel('Force du lien').selectOption({ label: closeness });
  await form.getByLabel('Qualité du lien').selectOption({ label: valence });
  if (support) {
    await form.getByLabel(support).check();
    const boxes = form.getByLabel('Émotionnel');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  }
  await form.getByRole('button', { name: 'Relier' }).click();
  await form.getByRole('status').filter({ hasText: 'Lien ajouté' }).waitFor();
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const app = await startApp(tempDataDir('maillage-look-'));
  const session = await openBrowser(() => app.origin, { width: 1280, height: 800 });
  const { page } = session;
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await enterApp(page, app.url);
    await page.getByRole('heading', { name: 'Nouvelle personne accompagnée' }).waitFor();
    await shot(page, 'look-empty.png');
    await createCase(page, 'Lina', '2009', 'M. Durand');
    await createCase(page, 'Yanis', '2011', 'Mme Leroy');
    await createCase(page, 'Sofia', '', '');
    await shot(page, 'look-case-list.png');
    if (artefacts) await shot(page, 'issue2-case-list.png', 'test/artefacts');

    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
    await page.getByRole('heading', { name: 'Écocarte de Lina' }).waitFor();
    for (const actor of ACTORS) await addActor(page, actor);
    await addTie(page, 'Samia (mère)', 'Karim (père)', '2 · Faible', 'Conflictuel');
    await addTie(
      page,
      'Inès (meilleure amie)',
      'Club de foot (entraîneur)',
      '3 · Moyen',
      'Soutenant',
    );
    await addTie(
      page,
      'ASE (éducateur référent)',
      'Collège Jean Moulin (CPE)',
      '4 · Proche',
      'Neutre',
      'ASE soutient Collège Jean Moulin',
    );
    await addTie(
      page,
      'Samia (mère)',
      'ASE (éducateur référent)',
      '3 · Moyen',
      'Ambivalent',
      'Soutien dans les deux sens',
    );
    await page.getByRole('button', { name: 'Voir toute la carte' }).click();
    await page.waitForTimeout(400);
    await shot(page, 'look-map.png');
    if (artefacts) {
      // The map at rest: nothing selected, the "add an actor" form at the top of the panel.
      await page.getByRole('button', { name: 'Une personne ou une structure' }).click();
      await page.mouse.click(5, 5);
      await shot(page, 'issue2-map.png', 'test/artefacts');
    }

    // Select a tie through the keyboard picker, to see the edit panel.
    await page
      .getByLabel('Sélectionner un élément')
      .selectOption({ label: 'Lina — Juge des enfants' });
    await page.waitForTimeout(200);
    await shot(page, 'look-map-selected.png');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Select an element').selectOption({ label: 'Lina — Samia' });
    await page.waitForTimeout(200);
    await shot(page, 'look-map-en.png');

    // Up close: the broken, conflictual and stressful ties' markers.
    await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__maillage?.cy;
      const karim = cy?.nodes().filter((n) => String(n.data('label')).startsWith('Karim'));
      if (cy && karim) cy.fit(karim.closedNeighborhood(), 30);
    });
    await page.waitForTimeout(200);
    await shot(page, 'look-map-detail.png');

    const positions = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).__maillage?.cy
        .nodes()
        .map(
          (n) =>
            `${n.data('label') as string}@${Math.round(n.position('x'))},${Math.round(n.position('y'))}`,
        ),
    );
    console.log('nodes', positions);
    console.log('foreign requests', session.foreignRequests());
    console.log('console errors', errors);
  } finally {
    await session.close();
    await app.stop();
  }
}

await main();
