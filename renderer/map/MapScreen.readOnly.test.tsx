// @vitest-environment jsdom
// While names are hidden the map screen is read-only, and says so: a notice instead of the quick
// add, the "Modifier la carte" side unavailable (the analysis shown), no gesture on the canvas,
// no editable cell, no editing command. Showing the names again brings all of it back.
// The canvas (Cytoscape) and the analysis (a worker) are stand-ins here: their read-only
// behaviour follows from the props checked below.
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCommandList } from '../commands/CommandsContext';
import { memoryReviews } from '../reviews/memoryReviews';
import { PrivacyProvider, PrivateScope, PseudonymToggle } from '../reviews/privacy';
import { fakeApi } from '../testing/fakeApi';
import { renderWithApp } from '../testing/renderWithApp';
import { MapScreen } from './MapScreen';

const canvas = vi.hoisted(() => ({ editable: null as boolean | null, openable: false }));
vi.mock('./canvas/MapCanvas', () => ({
  MapCanvas: (props: { onGesture?: unknown; onOpen?: unknown; label: string; hint?: string }) => {
    canvas.editable = props.onGesture !== undefined;
    canvas.openable = props.onOpen !== undefined;
    return (
      <>
        <div role="img" aria-label={props.label} />
        <p>{props.hint}</p>
      </>
    );
  },
}));
vi.mock('../analysis/panel/AnalysisPanel', () => ({
  AnalysisPanel: ({ active }: { active: boolean }) => (
    <p>{active ? 'Lecture du réseau ouverte' : 'Lecture du réseau fermée'}</p>
  ),
}));

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

/** The registered commands' ids, where the test can read them. */
function CommandProbe() {
  const ids = useCommandList().map((command) => command.id);
  return <output data-testid="commands">{ids.join(' ')}</output>;
}
const commandIds = () => (screen.getByTestId('commands').textContent ?? '').split(' ');
const EDITING = [
  'history.undo',
  'history.redo',
  'selection.edit',
  'selection.tieFrom',
  'selection.remove',
  'selection.menu',
  'interview.focus',
];

function setup(namesHidden: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  if (namesHidden) sessionStorage.setItem('maillage.pseudonymised', 'on');
  const reviews = memoryReviews();
  const { api, calls } = fakeApi(reviews.handlers);
  renderWithApp(
    <PrivacyProvider>
      <PseudonymToggle />
      <PrivateScope>
        <MapScreen caseId={reviews.caseId} onBack={() => undefined} />
      </PrivateScope>
      <CommandProbe />
    </PrivacyProvider>,
    api,
  );
  return { calls, user: userEvent.setup() };
}

const quickAddField = () => screen.queryByRole('combobox', { name: /qui compte pour toi/i });
const NOTICE = /^Noms masqués : la carte se consulte sans être modifiée/;

describe('the map screen while names are hidden', () => {
  it('replaces the quick add with a notice and offers no way to edit', async () => {
    const { calls, user } = setup(true);
    const notice = await screen.findByRole('note');
    expect(notice.textContent).toMatch(NOTICE);
    expect(notice.textContent).toContain('bouton de pseudonymisation');
    expect(quickAddField()).toBeNull();
    expect(screen.queryByRole('region', { name: 'Ajout rapide' })).toBeNull();

    // The side panel: its edit side is offered, unavailable, with the reason; the reading shows.
    const editSide = screen.getByRole('button', { name: 'Modifier la carte' });
    expect(editSide.getAttribute('aria-disabled')).toBe('true');
    expect(editSide.getAttribute('aria-pressed')).toBe('false');
    expect(editSide.title).toBe('Modification indisponible tant que les noms sont masqués.');
    await user.click(editSide);
    expect(
      screen.getByRole('button', { name: 'Lire le réseau' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(screen.getByText('Lecture du réseau ouverte')).toBeTruthy();
    expect(screen.queryByLabelText('Sélectionner un élément')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Ajouter à l’écocarte' })).toBeNull();

    // The canvas gets no gesture (no drag, no drawn tie) and opens no editor.
    expect(canvas).toEqual({ editable: false, openable: false });
    expect(screen.getByText('Cliquez sur un rond ou un lien pour le sélectionner.')).toBeTruthy();

    // No editing command (undo, delete key, edit, quick add); viewing ones stay.
    await waitFor(() => expect(commandIds()).toContain('view.table'));
    expect(commandIds().filter((id) => EDITING.includes(id))).toEqual([]);
    expect(commandIds()).toContain('selection.centre');

    // The table reads, no cell is edited.
    await user.click(screen.getByRole('button', { name: 'Tableau' }));
    const grid = await screen.findByRole('grid', { name: 'Acteurs' });
    expect(grid.querySelectorAll('.editable')).toHaveLength(0);
    expect(grid.textContent).toContain('Mère');
    expect(calls.filter((c) => c.op === 'map.applyEdits' || c.op === 'placements.set')).toEqual([]);
  });

  it('brings the quick add, the editors and the commands back once names are shown', async () => {
    const { user } = setup(true);
    await screen.findByRole('note');
    await user.click(screen.getByRole('button', { name: 'Noms masqués' }));
    await waitFor(() => expect(quickAddField()).not.toBeNull());
    expect(screen.queryByText(NOTICE)).toBeNull();
    const editSide = screen.getByRole('button', { name: 'Modifier la carte' });
    expect(editSide.getAttribute('aria-disabled')).toBeNull();
    expect(editSide.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByLabelText('Sélectionner un élément')).toBeTruthy();
    expect(canvas).toEqual({ editable: true, openable: true });
    await waitFor(() => expect(commandIds()).toEqual(expect.arrayContaining(EDITING)));
  });
});
