// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithApp } from '../../testing/renderWithApp';
import { IDS, sampleMap } from '../../testing/sampleMap';
import type { Selection } from '../canvas/MapCanvas';
import { MapStore } from '../model/mapStore';
import { useMapData } from '../model/useMapData';
import { SidePanel } from './SidePanel';

afterEach(cleanup);

function Harness({ store }: { store: MapStore }) {
  const data = useMapData(store);
  const [selection, setSelection] = useState<Selection | null>(null);
  return <SidePanel store={store} data={data} selection={selection} onSelect={setSelection} />;
}

function setup() {
  const { api, calls } = fakeApi({
    'actors.remove': () => ({ removedTieIds: [IDS.tieMother] }),
    'actors.update': ({ id, patch }) => ({
      ...sampleMap().actors.find((a) => a.id === id)!,
      ...patch,
    }),
  });
  const store = new MapStore(api, sampleMap());
  renderWithApp(<Harness store={store} />, api);
  return { calls, store, user: userEvent.setup() };
}

describe('the side panel', () => {
  it('opens an actor from the keyboard picker and renames it', async () => {
    const { calls, store, user } = setup();
    await user.selectOptions(screen.getByLabelText('Sélectionner un élément'), 'Samia (mère)');
    const panel = screen.getByRole('region', { name: /Acteur sélectionné/ });
    const name = within(panel).getByLabelText('Nom');
    await user.clear(name);
    await user.type(name, 'Samia B.');
    await user.click(within(panel).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(panel).findByText('Modifications enregistrées.')).toBeTruthy();
    expect(calls.at(-1)).toMatchObject({ op: 'actors.update', input: { id: IDS.mother } });
    expect(store.getSnapshot().actors.find((a) => a.id === IDS.mother)?.name).toBe('Samia B.');
  });

  it('removes an actor and its ties after a confirmation that says how many ties go', async () => {
    const { calls, store, user } = setup();
    const picker = screen.getByLabelText('Sélectionner un élément');
    await user.selectOptions(picker, 'Samia (mère)');
    await user.click(screen.getByRole('button', { name: 'Retirer de la carte…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Retirer « Samia » de l’écocarte ?' });
    expect(dialog.textContent).toContain('Son lien sera aussi supprimé.');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(store.getSnapshot().actors).toHaveLength(2));
    expect(store.getSnapshot().ties.map((t) => t.id)).toEqual([IDS.tieSchool]);
    expect(calls.map((c) => c.op)).toEqual(['actors.remove']);
    expect(document.activeElement).toBe(picker);
    expect(screen.getByRole('form', { name: 'Une personne ou une structure' })).toBeTruthy();
  });

  it('shows the case record for the person at the centre, who cannot be removed', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText('Sélectionner un élément'), 'Lina');
    expect(screen.getByLabelText('Pseudonyme')).toHaveProperty('value', 'Lina');
    expect(screen.queryByRole('button', { name: 'Retirer de la carte…' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Pseudonyme')).toBeNull();
  });
});
