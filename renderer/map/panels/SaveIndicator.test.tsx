// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MaillageError } from '../../../shared/errors';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithApp } from '../../testing/renderWithApp';
import { IDS, sampleMap } from '../../testing/sampleMap';
import { MapStore } from '../model/mapStore';
import { anyUnsaved } from '../model/saveQueue';
import { SaveIndicator } from './SaveIndicator';

afterEach(cleanup);

describe('the save state in the header', () => {
  it('shows a failed save with its retry, keeps the edit, and says saved only once stored', async () => {
    let refuse = true;
    const { api, calls } = fakeApi({
      'map.applyEdits': () => {
        if (refuse) throw new MaillageError('db_unavailable', 'disk gone');
        return { applied: 1 };
      },
    });
    // No automatic retry during the test: only the button.
    const store = new MapStore(api, sampleMap(), { setTimer: () => 0, clearTimer: () => {} });
    renderWithApp(<SaveIndicator store={store} />, api);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Enregistré');

    act(() => store.updateActor(IDS.mother, { name: 'Samia B.' }));
    expect(status.textContent).toBe('Enregistrement…');
    expect(await screen.findByText(/Échec de l’enregistrement — réessayer/)).toBeTruthy();
    expect(status.textContent).toContain('1 modification en attente');
    expect(anyUnsaved()).toBe(true);

    refuse = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Réessayer maintenant' }));
    await act(() => store.whenSaved());
    expect(status.textContent).toBe('Enregistré');
    expect(calls).toHaveLength(2);
    expect(anyUnsaved()).toBe(false);
    expect(store.getSnapshot().actors.find((a) => a.id === IDS.mother)?.name).toBe('Samia B.');
  });
});
