// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../testing/fakeApi';
import { renderWithApp } from '../testing/renderWithApp';
import { CommandOverlays } from './CommandOverlays';
import { useRegisterCommands } from './CommandsContext';

afterEach(cleanup);

function Screen({ undo, remove }: { undo: () => void; remove: () => void }) {
  useRegisterCommands(
    () => [
      {
        id: 'history.undo',
        label: 'ui.commands.undo',
        shortcut: 'Mod+Z',
        group: 'history',
        whenTyping: 'emptyField',
        perform: undo,
      },
      {
        id: 'selection.remove',
        label: 'ui.commands.remove',
        shortcut: 'Delete',
        group: 'selection',
        isEnabled: () => false,
        perform: remove,
      },
    ],
    [],
  );
  return <input aria-label="Champ" />;
}

function setup() {
  const undo = vi.fn();
  const remove = vi.fn();
  renderWithApp(
    <>
      <Screen undo={undo} remove={remove} />
      <CommandOverlays />
    </>,
    fakeApi({}).api,
  );
  return { undo, remove, user: userEvent.setup() };
}

describe('the command palette', () => {
  it('opens with Ctrl+K, filters, runs the chosen command and gives the focus back', async () => {
    const { undo, user } = setup();
    const field = screen.getByLabelText('Champ');
    field.focus();
    await user.keyboard('{Control>}k{/Control}');
    const input = screen.getByRole('combobox', { name: 'Rechercher une commande' });
    expect(document.activeElement).toBe(input);
    const list = screen.getByRole('listbox');
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    await user.type(input, 'annuler');
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Annuler la dernière modificationCtrlZ']);
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(undo).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(field);
  });

  it('shows a disabled command as unavailable and does not run it', async () => {
    const { remove, user } = setup();
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('retirer');
    const option = screen.getByRole('option', { name: /Retirer/ });
    expect(option.getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(remove).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('the help screen and the shortcuts', () => {
  it('lists every command with its shortcuts (F1), and closes with Escape', async () => {
    const { user } = setup();
    await user.keyboard('{F1}');
    const help = screen.getByRole('dialog', { name: 'Raccourcis clavier' });
    const rows = within(help)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toContain('Annuler la dernière modificationCtrlZ');
    expect(rows).toContain('Retirer l’élément sélectionnéSuppr');
    expect(rows).toContain('Ouvrir la palette de commandesCtrlK');
    expect(rows).toContain('Afficher les raccourcis clavierF1 ou ?');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('leaves typed text alone: ? and Ctrl+Z in a field with text belong to the field', async () => {
    const { undo, user } = setup();
    const field = screen.getByLabelText('Champ');
    await user.type(field, 'Sa?');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('{Control>}z{/Control}');
    expect(undo).not.toHaveBeenCalled();
    await user.clear(field);
    await user.keyboard('{Control>}z{/Control}');
    expect(undo).toHaveBeenCalledTimes(1);
  });
});
