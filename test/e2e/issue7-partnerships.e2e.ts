// Issue 7's story end to end, in the built app over the real store: an address book of 20
// organisations (17 through the API from the page, 3 through the form, one of them after the
// duplicate warning), two partnerships built through the forms (objectives, a convention, an
// evaluation each), refused first without a title and with an end before the start; the home
// screen lists the next due evaluation; an organisation added to a young person's map from the
// address book's suggestions shows its partnerships; the service map draws partnership ties
// apart from network ties; deleting a used entry explains what will change. No request leaves
// the app's own origin. Screenshots: test/artefacts/issue7-*.png.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { passGate } from './enter-app';
import {
  openBrowser,
  startApp,
  tempDataDir,
  type BrowserSession,
  type RunningApp,
} from './harness';
import { call as callApi } from './page-api';

type PageGlobals = { __maillageServiceMap?: { cy: Core } };

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
/** A day as the French UI writes it: « 26 octobre 2026 ». */
const frDay = (iso: string) =>
  new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

const ORGANISATIONS: [string, string][] = [
  ['ASE du Rhône', 'child_welfare'],
  ['SAMIE Lyon', 'child_welfare'],
  ['Mission MIE', 'administration'],
  ['Foyer Jeunes Travailleurs Les Tilleuls', 'housing'],
  ['Collège Jean Moulin', 'school'],
  ['Lycée professionnel Ampère', 'school'],
  ['CIO Lyon centre', 'school'],
  ['Centre médico-psychologique', 'mental_health'],
  ['Maison des adolescents', 'mental_health'],
  ['PMI Croix-Rousse', 'health'],
  ['Protection judiciaire de la jeunesse', 'justice'],
  ['Tribunal pour enfants', 'justice'],
  ['AS Football des Pentes', 'sport'],
  ['Maison de quartier', 'leisure'],
  ['Préfecture du Rhône', 'administration'],
  ['Pôle emploi Part-Dieu', 'employment'],
  ['Mission locale de Lyon', 'employment'],
];

async function addEntryInForm(page: Page, name: string, domainLabel: string) {
  const form = page.getByRole('form', { name: 'Nouvelle fiche du carnet' });
  await form.getByLabel('Nom', { exact: true }).fill(name);
  await form.getByLabel('Domaine').selectOption({ label: domainLabel });
  return form;
}

async function fillPartnership(
  page: Page,
  p: { title: string; start: string; end: string; objectives: [string, string][] },
) {
  const form = page.getByRole('form', { name: 'Nouveau partenariat' });
  await form.getByLabel('Projet', { exact: true }).fill(p.title);
  await form.getByLabel('Début').fill(p.start);
  await form.getByLabel('Fin prévue').fill(p.end);
  for (const [index, [text, indicator]] of p.objectives.entries()) {
    await form.getByRole('button', { name: 'Ajouter un objectif' }).click();
    await form.getByLabel(`Objectif ${index + 1}`, { exact: true }).fill(text);
    await form.getByLabel(`Indicateur ${index + 1}`, { exact: true }).fill(indicator);
  }
  return form;
}

async function addPartner(page: Page, name: string, role: string) {
  const form = page.getByRole('form', { name: 'Nouveau partenariat' });
  const picker = form.getByLabel('Ajouter un partenaire');
  const value = await picker.locator('option', { hasText: `${name} · ` }).getAttribute('value');
  await picker.selectOption(value!);
  await form.getByLabel(`Rôle dans le projet (${name})`).fill(role);
}

async function convention(page: Page, signedOn: string, reference: string) {
  const form = page.getByRole('form', { name: 'Nouveau partenariat' });
  await form.getByLabel('Une convention').check();
  await form.getByLabel('Signé le').fill(signedOn);
  await form.getByLabel('Référence').fill(reference);
  await form.getByLabel('Emplacement du document').fill(`S:/conventions/${reference}.pdf`);
}

async function evaluate(page: Page, heldOn: string, partner: string, nextOn?: string) {
  const form = page.getByRole('form', { name: 'Nouveau bilan' });
  await form.getByLabel('Date du bilan').fill(heldOn);
  await form.getByLabel(partner, { exact: true }).check();
  await form.getByLabel('La personne accompagnée').check();
  await form.getByLabel('La famille').check();
  for (const group of await form.getByRole('group').all()) {
    const partly = group.getByLabel('En partie', { exact: true });
    if ((await partly.count()) > 0) await partly.check();
  }
  await form.getByLabel('Ajuster').check();
  if (nextOn) await form.getByLabel('Prochain bilan').fill(nextOn);
  const proposed = await form.getByLabel('Prochain bilan').inputValue();
  await form.getByRole('button', { name: 'Enregistrer le bilan' }).click();
  await form
    .getByRole('status')
    .filter({ hasText: `Bilan du ${frDay(heldOn)} enregistré` })
    .waitFor();
  return proposed;
}

describe('issue 7: the service network and its partnerships', () => {
  const dataDir = tempDataDir();
  let app: RunningApp | undefined;
  let session: BrowserSession | undefined;

  afterAll(async () => {
    await session?.close();
    await app?.stop();
  });

  it('builds the address book, two partnerships, the home list and the service map', async () => {
    app = await startApp(dataDir);
    session = await openBrowser(() => app!.origin);
    const page = session.page;
    // Where the story broke, to look at (not an artefact).
    onTestFailed(async () => {
      await page.screenshot({ path: `${dataDir}/failure.png`, fullPage: true });
    });
    await page.goto(app.url);
    await passGate(page);

    // The home screen comes first, with nothing due yet.
    await page.getByRole('heading', { name: 'Prochains bilans' }).waitFor();
    await page.getByText('Aucun bilan prévu').waitFor();

    // Two young people; Amine's map already holds the school, not yet linked.
    type Summary = { id: string; currentMapId: string };
    const amine = await callApi<Summary>(page, 'cases.create', { pseudonym: 'Amine' });
    const lina = await callApi<Summary>(page, 'cases.create', { pseudonym: 'Lina' });
    for (const [name, domain] of ORGANISATIONS) {
      await callApi(page, 'directory.create', {
        name,
        kind: 'organisation',
        sphere: 'formal_secondary',
        domain,
      });
    }
    const linaSchool = await callApi<{ actor: { id: string } }>(page, 'actors.add', {
      mapId: lina.currentMapId,
      kind: 'organisation',
      name: 'Collège',
      sphere: 'formal_secondary',
      domain: 'school',
    });
    const entries = await callApi<{ id: string; name: string }[]>(page, 'directory.list', {});
    const college = entries.find((e) => e.name === 'Collège Jean Moulin')!;
    await callApi(page, 'actors.linkDirectory', {
      actorId: linaSchool.actor.id,
      entryId: college.id,
    });

    // Three organisations through the form; a name that reads like one already there warns.
    await page.getByRole('button', { name: 'Carnet d’adresses', exact: true }).click();
    await page.getByRole('heading', { name: 'Carnet d’adresses', level: 1 }).waitFor();
    let form = await addEntryInForm(page, 'MISSION LOCALE - LYON', 'Emploi');
    await form.getByText('Le carnet contient déjà une fiche au nom proche').waitFor();
    await form.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await form.getByText('Déjà présent').waitFor();
    expect(await callApi<unknown[]>(page, 'directory.list', {})).toHaveLength(17);
    await form.getByLabel('Nom', { exact: true }).fill('Atelier santé ville');
    await form.getByLabel('Domaine').selectOption({ label: 'Santé' });
    await form.getByRole('button', { name: 'Ajouter un contact' }).click();
    await form.getByLabel('Nom du contact').fill('Dr Benali');
    await form.getByLabel('Téléphone').fill('04 72 00 00 01');
    await form.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: '« Atelier santé ville » est dans le carnet' })
      .waitFor();
    form = await addEntryInForm(page, 'Club de boxe éducative', 'Sport');
    await form.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await form.getByRole('status').filter({ hasText: 'Club de boxe' }).waitFor();
    form = await addEntryInForm(page, 'Secours populaire', 'Autre');
    await form
      .getByLabel('Réseau', { exact: true })
      .selectOption({ label: 'Réseau secondaire informel' });
    await form.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await form.getByRole('status').filter({ hasText: 'Secours populaire' }).waitFor();
    await page.getByText('20 fiches').waitFor();
    // Quick search.
    await page.getByLabel('Rechercher').fill('mission loc');
    const list = page.getByRole('list', { name: 'Carnet d’adresses' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await page.getByLabel('Rechercher').fill('');

    // A partnership without a title, then ending before it starts: refused, said by the field.
    await page.getByRole('button', { name: 'Partenariats', exact: true }).click();
    form = page.getByRole('form', { name: 'Nouveau partenariat' });
    await form.getByLabel('Projet', { exact: true }).waitFor();
    await form.getByRole('button', { name: 'Créer le partenariat' }).click();
    await form.getByText('Ce champ est obligatoire.').waitFor();
    await fillPartnership(page, {
      title: 'Projet d’autonomie de A.',
      start: isoDay(-60),
      end: isoDay(-90),
      objectives: [
        ['Accéder à une chambre en FJT', 'contrat de résidence signé'],
        ['Trouver une formation', 'inscription validée'],
      ],
    });
    await form.getByRole('button', { name: 'Créer le partenariat' }).click();
    await form.getByText('La fin ne peut pas précéder le début').waitFor();
    expect(await callApi<unknown[]>(page, 'partnerships.list', {})).toHaveLength(0);
    await form.getByLabel('Fin prévue').fill(isoDay(300));
    await addPartner(page, 'Foyer Jeunes Travailleurs Les Tilleuls', 'hébergement');
    await addPartner(page, 'Mission locale de Lyon', 'insertion professionnelle');
    await form.getByLabel('Amine').check();
    await form.getByRole('checkbox', { name: /^Intérêt mutuel/ }).check();
    await form.getByRole('checkbox', { name: /^Égalité/ }).check();
    await convention(page, isoDay(-55), 'CONV-2026-04');
    await form.getByRole('button', { name: 'Créer le partenariat' }).click();
    await page.getByRole('heading', { name: 'Projet d’autonomie de A.', level: 1 }).waitFor();
    await page.getByText('Une convention signée le').waitFor();
    const proposedFirst = await evaluate(page, isoDay(-30), 'Mission locale de Lyon');
    // Three evaluations a year: the next one is proposed four months after the meeting.
    expect(proposedFirst > isoDay(80) && proposedFirst < isoDay(95)).toBe(true);
    await page.getByRole('heading', { name: 'Bilan du ' + frDay(isoDay(-30)) }).waitFor();
    // Move a partner up the translation ladder.
    await page.getByLabel('Étape de Mission locale de Lyon').selectOption({ label: 'Enrôlement' });
    await page.getByText('Étape de Mission locale de Lyon : Enrôlement.').waitFor();
    // Tick a step of Dhume's process.
    await page.getByLabel('Étape 1 : Du constat d’un manque au besoin des autres').check();
    await page.getByText('Étape 1 enregistrée.').waitFor();
    await page.evaluate(() =>
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
    );
    await page.screenshot({ path: 'test/artefacts/issue7-partnership.png' });

    await page.getByRole('button', { name: 'Partenariats', exact: true }).click();
    form = await fillPartnership(page, {
      title: 'Scolarité des mineurs non accompagnés',
      start: isoDay(-20),
      end: isoDay(200),
      objectives: [['Scolariser chaque jeune dans le mois', 'délai d’inscription']],
    });
    await addPartner(page, 'Collège Jean Moulin', 'accueil en classe');
    await addPartner(page, 'SAMIE Lyon', 'démarches administratives');
    await form.getByLabel('Lina').check();
    await convention(page, isoDay(-18), 'CONV-MNA-7');
    await form.getByRole('button', { name: 'Créer le partenariat' }).click();
    await page
      .getByRole('heading', { name: 'Scolarité des mineurs non accompagnés', level: 1 })
      .waitFor();
    await evaluate(page, isoDay(-5), 'SAMIE Lyon', isoDay(12));

    // The home screen lists the next due evaluation first.
    await page.getByRole('button', { name: 'Accueil', exact: true }).click();
    const due = page.locator('.due-list > li');
    await expect.poll(() => due.count()).toBe(2);
    await expect
      .poll(() => due.first().textContent())
      .toContain('Scolarité des mineurs non accompagnés');
    expect(await due.first().textContent()).toContain(frDay(isoDay(12)));
    expect(await due.first().textContent()).toContain('dans 12 jours');
    expect(await due.nth(1).textContent()).toContain('Projet d’autonomie de A.');

    // In Amine's map, an organisation typed in the add form is suggested from the address
    // book; the new actor is linked to it and its panel shows the entry's partnerships.
    await page.getByRole('button', { name: 'Personnes accompagnées', exact: true }).click();
    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Amine' }).click();
    await page.getByRole('heading', { name: 'Écocarte de Amine' }).waitFor();
    const addForm = page.getByRole('form', { name: 'Une personne ou une structure' });
    await addForm.getByLabel('Nom', { exact: true }).fill('Mission loc');
    await addForm.getByRole('button', { name: 'Utiliser « Mission locale de Lyon »' }).click();
    expect(await addForm.getByLabel('Nom', { exact: true }).inputValue()).toBe(
      'Mission locale de Lyon',
    );
    await addForm.getByRole('button', { name: 'Ajouter à la carte' }).click();
    await addForm.getByRole('status').filter({ hasText: 'Mission locale de Lyon' }).waitFor();
    await page
      .getByLabel('Sélectionner un élément')
      .selectOption({ label: 'Mission locale de Lyon' });
    const link = page.locator('.actor-directory');
    await expect.poll(() => link.getByLabel('Fiche du carnet').inputValue()).not.toBe('');
    await link
      .getByRole('list', { name: 'Partenariats de cette organisation' })
      .getByText('Projet d’autonomie de A.')
      .waitFor();

    // The service map: partnership ties drawn apart from network ties, even to the same node.
    await page.getByRole('button', { name: 'Carte du service', exact: true }).click();
    await page.waitForFunction(
      () =>
        ((globalThis as unknown as PageGlobals).__maillageServiceMap?.cy.nodes().length ?? 0) > 20,
    );
    const drawn = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__maillageServiceMap!.cy;
      const look = (selector: string) => {
        const edge = cy.edges(selector).first();
        return {
          count: cy.edges(selector).length,
          color: String(edge.style('line-color')),
          outline: String(edge.style('line-outline-width')),
          lineStyle: String(edge.style('line-style')),
        };
      };
      const both = cy
        .nodes('.entry')
        .filter(
          (n) =>
            n.connectedEdges('.network').length > 0 && n.connectedEdges('.partnership').length > 0,
        )
        .map((n) => String(n.data('label')));
      const sizes = Object.fromEntries(
        cy.nodes('.entry').map((n) => [String(n.data('label')), Number(n.data('size'))]),
      );
      return { network: look('edge.network'), partnership: look('edge.partnership'), both, sizes };
    });
    expect(drawn.partnership.count).toBe(4);
    expect(drawn.network.count).toBe(2);
    expect(drawn.partnership.outline).not.toBe('0px');
    expect(drawn.network.lineStyle).toBe('dashed');
    expect(drawn.partnership.lineStyle).toBe('solid');
    expect(drawn.partnership.color).not.toBe(drawn.network.color);
    expect(drawn.both.sort()).toEqual(['Collège Jean Moulin', 'Mission locale de Lyon']);
    // Sized by the cases served: a used entry is bigger than an unused one.
    expect(drawn.sizes['Mission locale de Lyon']).toBeGreaterThan(
      drawn.sizes['Tribunal pour enfants']!,
    );
    await page.getByRole('heading', { name: 'Analyse du réseau du service' }).waitFor();
    await page.getByText('Domaines absents du carnet').waitFor();
    await page.screenshot({ path: 'test/artefacts/issue7-service-map.png' });
    // Filtering by one partnership leaves only its partners.
    await page
      .getByLabel('Partenariat', { exact: true })
      .selectOption({ label: 'Scolarité des mineurs non accompagnés' });
    await page.waitForFunction(
      () =>
        (globalThis as unknown as PageGlobals).__maillageServiceMap?.cy.nodes('.entry').length ===
        2,
    );

    // Deleting a used entry first says what will change.
    await page.getByRole('button', { name: 'Carnet d’adresses', exact: true }).click();
    await page
      .getByRole('list', { name: 'Carnet d’adresses' })
      .getByRole('button', { name: /^Mission locale de Lyon/ })
      .click();
    await page.getByRole('button', { name: 'Supprimer la fiche…' }).click();
    const dialog = page.getByRole('alertdialog', {
      name: 'Supprimer « Mission locale de Lyon » du carnet ?',
    });
    await dialog.waitFor();
    const message = (await dialog.textContent()) ?? '';
    expect(message).toContain('1 écocarte (Amine)');
    expect(message).toContain('ces acteurs restent sur les cartes');
    expect(message).toContain('« Projet d’autonomie de A. »');
    await dialog.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('19 fiches').waitFor();
    const map = await callApi<{ actors: { name: string }[] }>(page, 'map.load', {
      caseId: amine.id,
    });
    expect(map.actors.map((a) => a.name)).toContain('Mission locale de Lyon');

    expect(session.foreignRequests()).toEqual([]);
  });
});
