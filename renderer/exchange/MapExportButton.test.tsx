// @vitest-environment jsdom
// The map screen's "Export…": a button and a command (Ctrl+Shift+E) open the export dialog for the
// open case; while names are hidden the host is asked for a pseudonymised file.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { MaillageApi } from '../../shared/api/contract';
import { idFor } from '../../shared/snapshots/testing';
import { useCommandList } from '../commands/CommandsContext';
import { memoryReviews } from '../reviews/memoryReviews';
import { PrivacyProvider, PrivateScope } from '../reviews/privacy';
import { fakeApi } from '../testing/fakeApi';
import { renderWithApp } from '../testing/renderWithApp';
import { MapExportButton } from './MapExportButton';

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
});

function CommandIds() {
  return <p data-testid="commands">{useCommandList().map((c) => `${c.id}=${c.shortcut}`)}</p>;
}

function setup() {
  const store = memoryReviews();
  const exportsAsked: unknown[] = [];
  const api: MaillageApi = {
    ...fakeApi(store.handlers).api,
    'exchange.exportStart': async (input) => {
      exportsAsked.push(input);
      return { jobId: idFor('job:export') };
    },
    'exchange.job': async () => ({ state: 'cancelled' }),
  };
  renderWithApp(
    <PrivacyProvider>
      <PrivateScope>
        <MapExportButton caseId={store.caseId} caseName="Lina" />
        <CommandIds />
      </PrivateScope>
    </PrivacyProvider>,
    api,
  );
  return { exportsAsked, user: userEvent.setup() };
}

describe('export from the map screen', () => {
  it('opens the export dialog from its button and from Ctrl+Shift+E', async () => {
    const { user } = setup();
    expect(screen.getByTestId('commands').textContent).toContain('case.export=Mod+Shift+E');
    await user.click(screen.getByRole('button', { name: 'Exporter…' }));
    const dialog = screen.getByRole('dialog', { name: 'Exporter « Lina »' });
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('{Control>}{Shift>}E{/Shift}{/Control}');
    expect(screen.getByRole('dialog', { name: 'Exporter « Lina »' })).toBeTruthy();
  });

  it('while names are hidden, says the export is pseudonymised and asks the host so', async () => {
    window.sessionStorage.setItem('maillage.pseudonymised', 'on');
    const { user, exportsAsked } = setup();
    await user.click(screen.getByRole('button', { name: 'Exporter…' }));
    const dialog = screen.getByRole('dialog');
    const box = within(dialog).getByRole('checkbox', { name: /Pseudonymiser/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect((box as HTMLInputElement).disabled).toBe(true);
    expect(dialog.textContent).toContain('l’export est toujours pseudonymisé');
    await user.click(within(dialog).getByLabelText('Dossier Maillage (JSON)'));
    await user.click(within(dialog).getByRole('button', { name: 'Exporter', exact: true }));
    await waitFor(() => expect(exportsAsked).toHaveLength(1));
    expect(exportsAsked[0]).toMatchObject({ format: 'json', pseudonymise: true });
    // The job is the wrapper's own: it can be followed to its end.
    expect(await within(dialog).findByText(/Annulé/)).toBeTruthy();
  });
});
