// @vitest-environment jsdom
// The analysis panel as a user meets it: beside the map, on a network whose answers are known.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithApp } from '../../testing/renderWithApp';
import { mapElements } from '../../map/look/elements';
import type { WorkerFactory } from '../engine/analysisClient';
import { linkAnalysisCanvas } from '../overlay/canvasLink';
import { sizeForBetweenness } from '../overlay/overlayStyle';
import { inProcessWorkers } from '../testing/inProcessWorker';
import { KNOWN_IDS, KNOWN_SUMMARY_FR, knownMap } from '../testing/knownNetwork';
import { AnalysisDock } from './AnalysisDock';

afterEach(cleanup);

/** Shown: neither the element nor an ancestor is `hidden` (jsdom has no layout). */
function shown(element: Element | null): boolean {
  for (let e = element; e; e = e.parentElement) if ((e as HTMLElement).hidden) return false;
  return element !== null;
}

/** Text as a string matcher expects it: a plain string match, not a regular expression. */
function text(element: Element | null | undefined): string {
  return element?.textContent ?? '';
}

function setup(factory: WorkerFactory = inProcessWorkers().factory, language: 'fr' | 'en' = 'fr') {
  const user = userEvent.setup();
  const view = renderWithApp(
    <AnalysisDock data={knownMap()} workerFactory={factory}>
      <p>Le panneau de modification</p>
    </AnalysisDock>,
    fakeApi({}).api,
    language,
  );
  return { user, ...view };
}

async function openPanel(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Lire le réseau' }));
  const panel = screen.getByRole('region', { name: 'Lecture du réseau' });
  await within(panel).findByRole('list', { name: 'Ce que dit la carte' });
  return panel;
}

describe('the analysis panel', () => {
  it('opens beside the map with the French summary first', async () => {
    const { user } = setup();
    expect(shown(screen.getByText('Le panneau de modification'))).toBe(true);
    const panel = await openPanel(user);
    expect(shown(screen.getByText('Le panneau de modification'))).toBe(false);
    const sentences = within(panel).getByRole('list', { name: 'Ce que dit la carte' });
    expect(
      within(sentences)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(KNOWN_SUMMARY_FR);
  });

  it('explains a figure on hover and on keyboard focus, and Escape hides it', async () => {
    const { user } = setup();
    const panel = await openPanel(user);
    const why = within(within(panel).getByRole('tabpanel')).getByRole('button', {
      name: 'pourquoi ? Liens faibles qui font pont',
    });
    const tip = document.getElementById(why.getAttribute('aria-describedby') ?? '');
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(shown(tip)).toBe(false);
    await user.hover(why);
    expect(shown(tip)).toBe(true);
    expect(tip?.textContent).toMatch(/la force des liens faibles/);
    await user.unhover(why);
    await waitFor(() => expect(shown(tip)).toBe(false));
    why.focus();
    await waitFor(() => expect(shown(tip)).toBe(true));
    await user.keyboard('{Escape}');
    expect(shown(tip)).toBe(false);
    expect(tip?.textContent).toMatch(/Granovetter/);
  });

  it('says why each tie is strong or weak, weak bridges first', async () => {
    const { user } = setup();
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('tab', { name: 'Liens' }));
    const bridges = within(panel).getByRole('region', { name: /La force des liens faibles/ });
    expect(text(bridges)).toMatch('ASE — Samia');
    expect(text(bridges)).toMatch('aucun autre chemin entre eux');
    const row = within(panel)
      .getAllByRole('listitem')
      .find((li) => li.classList.contains('tie-row') && li.textContent?.includes('ASE — Samia'));
    expect(text(row)).toMatch(
      'lien faible : peu proche, pas de confidences, soutien à sens unique',
    );
    const strong = within(panel)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('Samia — Lina'));
    expect(text(strong)).toMatch(
      'lien fort : contact quotidien, très proche, essentiel, confidences réciproques, soutien dans les deux sens',
    );
  });

  it('lists the brokers, most in-between first, with their roles', async () => {
    const { user } = setup();
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('tab', { name: 'Passeurs' }));
    const cards = within(within(panel).getByRole('tabpanel')).getAllByRole('listitem');
    expect(text(cards[0])).toMatch(/^Samia/);
    expect(text(cards[0])).toMatch(/Sur les chemins.*65\s%/);
    expect(text(cards[0])).toMatch('Passeur : gardien (2 fois).');
    await user.hover(
      within(cards[0] as HTMLElement).getByRole('button', { name: /Contrainte \(Samia\)/ }),
    );
    expect(text(within(cards[0] as HTMLElement).getByRole('tooltip'))).toMatch(
      'Contrainte (Burt) de Samia : 0,53.',
    );
  });

  it('shows the composition, with the missing circle', async () => {
    const { user } = setup();
    const panel = await openPanel(user);
    await user.click(within(panel).getByRole('tab', { name: 'Composition' }));
    const informal = within(panel).getByRole('region', { name: 'Réseau secondaire informel' });
    expect(text(informal)).toMatch('Aucun acteur : un cercle absent est un constat en soi.');
    const primary = within(panel).getByRole('region', { name: 'Réseau primaire' });
    expect(text(primary)).toMatch(/Densité.*67\s%/);
    expect(text(panel)).toMatch('Samia (2 acteurs coupés) · ASE (1 acteur coupé)');
  });

  it('finds the chains to a domain and draws them on the map', async () => {
    const cy = cytoscape({ headless: true, elements: mapElements(knownMap()) });
    const unlink = linkAnalysisCanvas(cy);
    try {
      const { user } = setup();
      const panel = await openPanel(user);
      await user.click(within(panel).getByRole('tab', { name: 'Chemins' }));
      await user.click(within(panel).getByLabelText('un domaine (la ressource la plus proche)'));
      await user.selectOptions(within(panel).getByLabelText('Domaine'), 'École, formation');
      await user.click(within(panel).getByRole('button', { name: 'Montrer les chemins' }));
      const status = within(panel).getByRole('status');
      await within(status).findByText('Lina → Samia → ASE → Collège');
      expect(text(status)).toMatch('École, formation : 3 liens, 2 intermédiaires.');
      expect(cy.getElementById(KNOWN_IDS.actor.ase).data('anPath')).toBe(true);
      expect(cy.getElementById(KNOWN_IDS.actor.karim).data('anFaded')).toBe(true);
      await user.click(within(panel).getByRole('button', { name: 'Effacer le chemin' }));
      expect(cy.getElementById(KNOWN_IDS.actor.ase).data('anPath')).toBeUndefined();
    } finally {
      unlink();
    }
  });

  it('draws the chosen overlays while it is open, and takes them off when closed', async () => {
    const cy = cytoscape({ headless: true, elements: mapElements(knownMap()) });
    const unlink = linkAnalysisCanvas(cy);
    try {
      const { user } = setup();
      const panel = await openPanel(user);
      const samia = cy.getElementById(KNOWN_IDS.actor.samia);
      await user.click(within(panel).getByText('Sur la carte'));
      await user.click(within(panel).getByLabelText('Taille selon le passage'));
      expect(samia.data('anSize')).toBe(sizeForBetweenness(0.65));
      await user.click(within(panel).getByRole('button', { name: 'Faibles' }));
      expect(cy.getElementById(KNOWN_IDS.tie['lina-samia'] as string).data('anGhost')).toBe(true);
      await user.click(screen.getByRole('button', { name: 'Modifier la carte' }));
      expect(samia.data('anSize')).toBeUndefined();
      await user.click(screen.getByRole('button', { name: 'Lire le réseau' }));
      expect(samia.data('anSize')).toBe(sizeForBetweenness(0.65));
    } finally {
      unlink();
    }
  });

  it('moves between sections with the arrow keys', async () => {
    const { user } = setup();
    const panel = await openPanel(user);
    within(panel).getByRole('tab', { name: 'Résumé' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(panel).getByRole('tab', { name: 'Liens' })).toBe(document.activeElement);
    expect(within(panel).getByRole('tab', { name: 'Liens' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await user.keyboard('{End}');
    expect(within(panel).getByRole('tab', { name: 'Chemins' })).toBe(document.activeElement);
  });

  it('shows progress and stops a stuck analysis on request', async () => {
    const stuck: WorkerFactory = () => ({
      postMessage: () => {},
      terminate: () => {},
      onmessage: null,
      onerror: null,
    });
    const { user } = setup(stuck);
    await user.click(screen.getByRole('button', { name: 'Lire le réseau' }));
    const panel = screen.getByRole('region', { name: 'Lecture du réseau' });
    expect(
      within(panel).getByRole('progressbar', { name: 'Avancement de l’analyse' }),
    ).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Arrêter l’analyse' }));
    await within(panel).findByText('Analyse arrêtée.', {}, { timeout: 2000 });
    expect(within(panel).queryByRole('progressbar')).toBeNull();
    expect(within(panel).getByRole('button', { name: 'Relancer l’analyse' })).toBeTruthy();
  });

  it('has every text in English too', async () => {
    const { user } = setup(inProcessWorkers().factory, 'en');
    await user.click(screen.getByRole('button', { name: 'Read the network' }));
    const panel = screen.getByRole('region', { name: 'Reading the network' });
    await within(panel).findByRole('list', { name: 'What the map says' });
    for (const tab of ['Summary', 'Ties', 'Brokers', 'Composition', 'Paths']) {
      await user.click(within(panel).getByRole('tab', { name: tab }));
      await act(async () => {});
      expect(panel.textContent).not.toMatch(/ui\.analysis|analytics\./);
      for (const tip of within(panel).queryAllByRole('tooltip', { hidden: true }))
        expect(tip.textContent).not.toMatch(/ui\.analysis|analytics\./);
    }
  });
});
