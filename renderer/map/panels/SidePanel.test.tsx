// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
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
  return (
    <SidePanel
      store={store}
      data={data}
      selection={selection}
      onSelect={setSelection}
      request={null}
      openPanel={() => undefined}
      announce={() => undefined}
    />
  );
}

type Edits = {
  upsertActors: { name: string }[];
  upsertTies: { frequency: string | null; knownSinceYear: number | null }[];
};

function setup() {
  const { api, calls } = fakeApi({ 'map.applyEdits': () => ({ applied: 1 }) });
  const store = new MapStore(api, sampleMap());
  renderWithApp(<Harness store={store} />, api);
  return { calls, store, user: userEvent.setup() };
}

const mother = (store: MapStore) => store.getSnapshot().actors.find((a) => a.id === IDS.mother);

describe('the side panel', () => {
  it('saves a renamed actor on leaving the field, as one undo step', async () => {
    const { calls, store, user } = setup();
    await user.selectOptions(screen.getByLabelText('Sélectionner un élément'), 'Samia (mère)');
    const panel = screen.getByRole('region', { name: /Acteur sélectionné/ });
    const name = within(panel).getByLabelText('Nom');
    await user.clear(name);
    await user.type(name, 'Samia B.');
    await user.tab();
    await act(() => store.whenSaved());
    expect(mother(store)?.name).toBe('Samia B.');
    expect(store.getHistory().undoDepth).toBe(1);
    expect((calls.at(-1)!.input as Edits).upsertActors[0]?.name).toBe('Samia B.');
    act(() => void store.undo());
    expect(mother(store)?.name).toBe('Samia');
    expect((within(panel).getByLabelText('Nom') as HTMLInputElement).value).toBe('Samia');
  });

  it('refuses an empty name, saves nothing, and shows the saved name again', async () => {
    const { calls, store, user } = setup();
    await user.selectOptions(screen.getByLabelText('Sélectionner un élément'), 'Samia (mère)');
    const name = screen.getByLabelText('Nom');
    await user.clear(name);
    await act(() => new Promise((done) => setTimeout(done, 500)));
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    await user.tab();
    expect((name as HTMLInputElement).value).toBe('Samia');
    expect(calls).toEqual([]);
    expect(store.getHistory().canUndo).toBe(false);
  });

  it('removes an actor with its tie at once; undo brings both back', async () => {
    const { store, user } = setup();
    const picker = screen.getByLabelText('Sélectionner un élément');
    await user.selectOptions(picker, 'Samia (mère)');
    await user.click(screen.getByRole('button', { name: 'Retirer de la carte' }));
    expect(store.getSnapshot().actors).toHaveLength(2);
    expect(store.getSnapshot().ties.map((t) => t.id)).toEqual([IDS.tieSchool]);
    expect(document.activeElement).toBe(picker);
    act(() => void store.undo());
    expect(mother(store)?.name).toBe('Samia');
    expect(
      store
        .getSnapshot()
        .ties.map((t) => t.id)
        .sort(),
    ).toEqual([IDS.tieMother, IDS.tieSchool].sort());
  });

  it('edits a tie after Tracy and Whittaker: frequency, known since, support', async () => {
    const { calls, store, user } = setup();
    await user.selectOptions(screen.getByLabelText('Sélectionner un élément'), 'Lina — Samia');
    await user.selectOptions(screen.getByLabelText('Fréquence des contacts'), 'Chaque semaine');
    const year = screen.getByLabelText('Se connaissent depuis (année)');
    await user.type(year, '20x9');
    fireEvent.blur(year);
    expect(calls).toHaveLength(1); // the frequency only: "20x9" is not a year
    await user.clear(year);
    await user.type(year, '2019');
    await user.tab();
    const given = screen.getByRole('group', { name: 'Soutien donné par Lina à Samia' });
    await user.click(within(given).getByLabelText('Émotionnel'));
    await act(() => store.whenSaved());
    const tie = store.getSnapshot().ties.find((t) => t.id === IDS.tieMother)!;
    expect(tie).toMatchObject({
      frequency: 'weekly',
      knownSinceYear: 2019,
      supportForward: ['emotional'],
    });
    expect(store.getHistory().undoDepth).toBe(3);
  });

  it('shows the case record for the person at the centre, who cannot be removed', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByLabelText('Sélectionner un élément'), 'Lina');
    expect(screen.getByLabelText('Pseudonyme')).toHaveProperty('value', 'Lina');
    expect(screen.queryByRole('button', { name: 'Retirer de la carte' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Pseudonyme')).toBeNull();
  });
});
