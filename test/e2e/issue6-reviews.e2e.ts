// Issue 6's story end to end, in the built app over the real store: Lina's map through three
// reviews with scripted changes (admission, March, June); the comparison lists exactly the
// actors and ties added, lost and changed, and the narrative names them; the meeting mode steps
// through the reviews with the arrow keys; with names hidden, no real name is left in the page's
// text, its attributes, its title or the labels drawn on any map; a snapshot cannot be changed
// through the API; the snapshots are still there after a restart. No request leaves the app's
// origin. Screenshots: test/artefacts/issue6-compare.png and issue6-meeting.png.
import { mkdirSync } from 'node:fs';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { enterApp, passGate, showCaseList } from './enter-app';
import { admission, call, isoDay, june, march, REAL_NAMES, send } from './issue6-fixture';
import {
  openBrowser,
  startApp,
  tempDataDir,
  type BrowserSession,
  type RunningApp,
} from './harness';

type PageGlobals = { __maillage?: { cy: Core }; __maillageReviews?: { maps: Core[] } };

async function changeRows(page: Page): Promise<string[][]> {
  return page
    .locator('.reviews-main .change-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())),
    );
}

async function compare(page: Page, from: string, to: string) {
  const timeline = page.getByRole('list', { name: 'Instantanés' });
  await timeline.getByRole('listitem').filter({ hasText: from }).getByLabel('Depuis').check();
  await timeline.getByRole('listitem').filter({ hasText: to }).getByLabel('Jusqu’à').check();
  await page.getByRole('heading', { name: `« ${from} » → « ${to} »` }).waitFor();
}

/** Every label drawn on every map of the page. */
async function drawnLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const globals = globalThis as unknown as PageGlobals;
    const maps = [...(globals.__maillageReviews?.maps ?? [])];
    if (globals.__maillage) maps.push(globals.__maillage.cy);
    return maps.flatMap((cy) =>
      cy
        .elements()
        .map((e) => `${String(e.data('label') ?? '')} ${String(e.data('change') ?? '')}`),
    );
  });
}

async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: {
        title: string;
        body: { innerText: string };
        documentElement: { outerHTML: string };
      };
    };
    return `${document.title}\n${document.body.innerText}\n${document.documentElement.outerHTML}`;
  });
}

describe('issue 6: reviews over time', () => {
  const dataDir = tempDataDir();
  let app: RunningApp | undefined;
  let session: BrowserSession | undefined;

  afterAll(async () => {
    await session?.close();
    await app?.stop();
  });

  it('compares three reviews, hides the names on demand, and keeps the snapshots', async () => {
    app = await startApp(dataDir);
    session = await openBrowser(() => app!.origin, { width: 1366, height: 900 });
    let page = session.page;
    await enterApp(page, app.url);

    const ids = await admission(page);
    const take = (label: string, takenOn: string) =>
      call<{ id: string }>(page, 'snapshots.take', { caseId: ids.caseId, label, takenOn });
    const first = await take('Admission', isoDay(-150));
    await march(page, ids);
    await take('Bilan de mars', isoDay(-60));
    await june(page, ids);
    await take('Bilan de juin', isoDay(0));

    // The case list was drawn before the case existed: load the page again.
    await page.reload();
    await passGate(page);
    await showCaseList(page);
    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
    await page.getByRole('button', { name: 'Bilans (3 instantanés)' }).click();
    await page.getByRole('heading', { name: 'Bilans de Lina' }).waitFor();

    // Admission → March: exactly these additions, losses and changes, named by the narrative.
    await compare(page, 'Admission', 'Bilan de mars');
    expect(await changeRows(page)).toEqual([
      ['Ajouté', 'Acteur', 'Club de foot', 'réseau secondaire informel'],
      ['Perdu', 'Acteur', 'Anaïs Bertin (amie)', 'réseau primaire'],
      ['Ajouté', 'Lien', 'Lina – Club de foot', 'soutenant, proximité 3'],
      ['Perdu', 'Lien', 'Lina – Anaïs Bertin (amie)', 'soutenant, proximité 4'],
      ['Modifié', 'Lien', 'Lina – Karim Benali (père)', 'conflictuel → neutre ▲'],
      ['Modifié', 'Lien', 'Lina – Collège Jean Moulin', 'proximité 3 → 4 ▲'],
    ]);
    expect(await page.getByTestId('narrative').first().textContent()).toBe(
      'Depuis « Admission » : le réseau secondaire informel est apparu (Club de foot) ; ' +
        'n’est plus sur la carte : Anaïs Bertin (amie) ; ' +
        'le lien avec Karim Benali (père) est passé de conflictuel à neutre ; ' +
        'le lien avec Collège Jean Moulin s’est resserré (proximité 3 → 4).',
    );
    // Drawn on one map: the club added, the friend lost (faded, dashed), two ties changed.
    mkdirSync('test/artefacts', { recursive: true });
    await page.waitForTimeout(300);
    await page.locator('.reviews-main').screenshot({ path: 'test/artefacts/issue6-compare.png' });

    // March → June.
    await compare(page, 'Bilan de mars', 'Bilan de juin');
    expect(await changeRows(page)).toEqual([
      ['Ajouté', 'Acteur', 'Sophie Roux (éducatrice ASE)', 'réseau secondaire formel'],
      ['Modifié', 'Acteur', 'Club de foot', 'cercle 4 → 1 ▲'],
      ['Ajouté', 'Lien', 'Lina – Sophie Roux (éducatrice ASE)', 'soutenant, proximité 3'],
      ['Ajouté', 'Lien', 'Samia Benali (mère) – Collège Jean Moulin', 'soutenant, proximité 2'],
      [
        'Modifié',
        'Lien',
        'Lina – Karim Benali (père)',
        'proximité 2 → 4 ▲ ; neutre → soutenant ▲ ; faible → fort ▲',
      ],
    ]);
    const narrative = await page.getByTestId('narrative').first().textContent();
    expect(narrative).toContain('nouvel acteur : Sophie Roux (éducatrice ASE)');
    expect(narrative).toContain(
      'le lien avec Karim Benali (père) est passé de neutre à soutenant, ' +
        's’est resserré (proximité 2 → 4) et est devenu fort',
    );
    expect(narrative).toContain('Club de foot se rapproche de la personne (cercle 4 → 1)');
    const labels = await drawnLabels(page);
    expect(labels.some((l) => l.startsWith('▲ Club de foot'))).toBe(true);
    expect(labels.some((l) => l.includes('▲ 2→4'))).toBe(true);

    // The meeting: full screen, the last change first, ← goes back one review.
    await page.getByRole('button', { name: 'Mode réunion' }).click();
    const meeting = page.getByRole('dialog', { name: 'Réunion de synthèse' });
    await meeting
      .getByText('3 / 3 : « Bilan de juin » → « Aujourd’hui (carte actuelle) »')
      .waitFor();
    await page.keyboard.press('ArrowLeft');
    await meeting.getByText('2 / 3 : « Bilan de mars » → « Bilan de juin »').waitFor();
    await page.keyboard.press('ArrowLeft');
    await meeting.getByText('1 / 3 : « Admission » → « Bilan de mars »').waitFor();
    await page.keyboard.press('ArrowRight');
    await meeting.getByText('2 / 3 : « Bilan de mars » → « Bilan de juin »').waitFor();
    await meeting
      .getByText('nouvel acteur : Sophie Roux (éducatrice ASE)', { exact: false })
      .waitFor();

    // Names hidden: nothing real left anywhere, in the meeting and on the map behind it.
    await meeting.getByRole('button', { name: 'Pseudonymiser' }).click();
    const hidden = page.getByRole('dialog', { name: 'Réunion de synthèse' });
    await hidden.getByText('2 / 3 : « Bilan de mars » → « Bilan de juin »').waitFor();
    await hidden.getByText('nouvel acteur : Éd. ASE', { exact: false }).waitFor();
    await page.waitForTimeout(300);
    await hidden.screenshot({ path: 'test/artefacts/issue6-meeting.png' });
    const shownLabels = await drawnLabels(page);
    expect(shownLabels.length).toBeGreaterThan(10);
    const everything = `${await pageText(page)}\n${shownLabels.join('\n')}`;
    for (const name of REAL_NAMES) expect(everything).not.toContain(name);
    expect(await hidden.getByTestId('narrative').textContent()).toContain(
      'le lien avec Père est passé de neutre à soutenant',
    );

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Retour à l’écocarte' }).click();
    await page.waitForFunction(
      () => ((globalThis as unknown as PageGlobals).__maillage?.cy.nodes().length ?? 0) === 6,
    );
    const mapText = `${await pageText(page)}\n${(await drawnLabels(page)).join('\n')}`;
    for (const name of REAL_NAMES) expect(mapText).not.toContain(name);
    // The header's switch says the names are hidden, on every screen.
    expect(
      await page.getByRole('button', { name: 'Noms masqués' }).getAttribute('aria-pressed'),
    ).toBe('true');

    // A snapshot cannot be changed through the API, nor taken again under its id.
    const update = await send(page, 'snapshots.update', { id: first.id, patch: { label: 'x' } });
    expect(update).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    const retake = await send(page, 'snapshots.take', {
      id: first.id,
      caseId: ids.caseId,
      label: 'x',
      takenOn: isoDay(0),
    });
    expect(retake).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // After a restart the three snapshots are there, as they were.
    expect(session.foreignRequests()).toEqual([]);
    expect(await app.stop()).toBe(0);
    await session.close();
    app = await startApp(dataDir);
    session = await openBrowser(() => app!.origin);
    page = session.page;
    await enterApp(page, app.url);
    const list = await call<{ label: string; takenOn: string }[]>(page, 'snapshots.list', {
      caseId: ids.caseId,
    });
    expect(list.map((s) => [s.label, s.takenOn])).toEqual([
      ['Admission', isoDay(-150)],
      ['Bilan de mars', isoDay(-60)],
      ['Bilan de juin', isoDay(0)],
    ]);
    await page.getByRole('button', { name: 'Ouvrir l’écocarte de Lina' }).click();
    await page.getByRole('button', { name: 'Bilans (3 instantanés)' }).click();
    await page.getByRole('list', { name: 'Instantanés' }).getByRole('listitem').nth(2).waitFor();
    expect(session.foreignRequests()).toEqual([]);
  });
});
