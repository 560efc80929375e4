// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithApp } from '../../testing/renderWithApp';
import { IDS, sampleMap } from '../../testing/sampleMap';
import type { Selection } from '../canvas/MapCanvas';
import { MapStore } from '../model/mapStore';
import { useMapData } from '../model/useMapData';
import { MapTable } from './MapTable';

afterEach(cleanup);

const selections: Selection[] = [];
function Harness({ store }: { store: MapStore }) {
  const data = useMapData(store);
  const [selection, setSelection] = useState<Selection | null>(null);
  const select = (next: Selection) => {
    selections.push(next);
    setSelection(next);
  };
  return <MapTable store={store} data={data} selection={selection} onSelect={select} />;
}

function setup() {
  const { api } = fakeApi({ 'map.applyEdits': () => ({ applied: 1 }) });
  const store = new MapStore(api, sampleMap());
  renderWithApp(<Harness store={store} />, api);
  const actors = screen.getByRole('grid', { name: 'Acteurs' });
  return { store, actors, user: userEvent.setup() };
}

const names = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.firstElementChild?.textContent);

describe('the table view', () => {
  it('is one tab stop; arrows move between cells and select the row’s actor', async () => {
    const { actors, user } = setup();
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Lina');
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('mère');
    expect(selections.at(-1)).toEqual({ type: 'actor', id: IDS.mother });
    expect(within(actors).getAllByRole('row')[2]!.getAttribute('aria-selected')).toBe('true');
  });

  it('edits a cell with Enter, confirms with Enter as one undo step, cancels with Escape', async () => {
    const { actors, store, user } = setup();
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    const input = within(actors).getByRole('textbox', { name: 'Nom · Samia' });
    await user.clear(input);
    await user.keyboard('Samia B.{Enter}');
    expect(store.getSnapshot().actors.find((a) => a.id === IDS.mother)?.name).toBe('Samia B.');
    expect(store.getHistory().undoDepth).toBe(1);
    // The focus comes back to the cell once the table has redrawn.
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Samia B.'));
    await user.keyboard('{Enter}x{Escape}');
    expect(store.getSnapshot().actors.find((a) => a.id === IDS.mother)?.name).toBe('Samia B.');
    expect(store.getHistory().undoDepth).toBe(1);
    act(() => void store.undo());
    expect(names(actors)).toContain('Samia');
  });

  it('changes the tie to the person from its cell, and the ties table follows', async () => {
    const { store, user } = setup();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}{Enter}');
    const list = screen.getByRole('combobox', { name: 'Lien avec Lina · Samia' });
    await user.selectOptions(list, '2 · Faible');
    await user.keyboard('{Enter}');
    await vi.waitFor(() =>
      expect(store.getSnapshot().ties.find((t) => t.id === IDS.tieMother)?.closeness).toBe(2),
    );
    const ties = screen.getByRole('grid', { name: 'Liens' });
    expect(within(ties).getAllByRole('row')[1]!.textContent).toContain('2 · Faible');
  });

  it('sorts by a column from its heading, and says so with aria-sort', async () => {
    const { actors, user } = setup();
    await user.tab();
    expect(names(actors)).toEqual(['Lina', 'Samia', 'Collège']);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(within(actors).getAllByRole('columnheader')[0]!.getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(names(actors)).toEqual(['Collège', 'Lina', 'Samia']);
    await user.keyboard('{Enter}');
    expect(names(actors)).toEqual(['Samia', 'Lina', 'Collège']);
  });
});
