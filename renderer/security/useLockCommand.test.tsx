// @vitest-environment jsdom
// Ctrl+L is a registered command: listed in the help and the palette, and it locks from a field,
// from a grid cell that keeps its keys to itself, and from inside a dialog.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandOverlays } from '../commands/CommandOverlays';
import { useCommandRegistry } from '../commands/CommandsContext';
import type { CommandRegistry } from '../commands/registry';
import { fakeApi } from '../testing/fakeApi';
import { renderWithApp } from '../testing/renderWithApp';
import { SessionContext, type Session } from './session';
import { LOCK_SHORTCUT, useLockCommand } from './useLockCommand';

afterEach(cleanup);

function setup() {
  const lock = vi.fn(async () => undefined);
  const session: Session = {
    status: {
      state: 'unlocked',
      problem: null,
      idleLockMinutes: null,
      failedAttempts: 0,
      retryInMs: 0,
    },
    refresh: async () => undefined,
    lock,
    update: () => undefined,
  };
  let registry: CommandRegistry | null = null;
  function App() {
    registry = useCommandRegistry();
    useLockCommand();
    return (
      <>
        <input aria-label="Nom" />
        {/* Like the table's cell editor: its keys go no further. */}
        <input aria-label="Cellule" onKeyDown={(event) => event.stopPropagation()} />
      </>
    );
  }
  renderWithApp(
    <SessionContext.Provider value={session}>
      <App />
      <CommandOverlays />
    </SessionContext.Provider>,
    fakeApi({}).api,
  );
  return { lock, registry: registry!, user: userEvent.setup() };
}

describe('the lock command', () => {
  it('is registered once, with Ctrl+L, in the general group', () => {
    const { registry } = setup();
    expect(registry.list().filter((c) => c.shortcut === LOCK_SHORTCUT)).toMatchObject([
      { id: 'app.lock', label: 'security.lock.button', shortcut: 'Mod+L', group: 'general' },
    ]);
  });

  it('is listed in the help with its shortcut, and runs from the palette', async () => {
    const { lock, user } = setup();
    await user.keyboard('{F1}');
    const help = screen.getByRole('dialog', { name: 'Raccourcis clavier' });
    const rows = within(help)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toContain('VerrouillerCtrlL');
    await user.keyboard('{Escape}');
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('verrou');
    const option = screen.getByRole('option', { name: /Verrouiller/ });
    expect(option.textContent).toBe('VerrouillerCtrlL');
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(lock).toHaveBeenCalledTimes(1));
  });

  it('locks on Ctrl+L from a field, from a cell editor and from a dialog', async () => {
    const { lock, user } = setup();
    await user.click(screen.getByLabelText('Nom'));
    await user.keyboard('{Control>}l{/Control}');
    expect(lock).toHaveBeenCalledTimes(1);
    await user.click(screen.getByLabelText('Cellule'));
    await user.keyboard('{Control>}l{/Control}');
    expect(lock).toHaveBeenCalledTimes(2);
    await user.click(screen.getByLabelText('Nom'));
    await user.keyboard('{F1}');
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'l', code: 'KeyL', ctrlKey: true });
    expect(lock).toHaveBeenCalledTimes(3);
    // Another chord with L is not the lock.
    fireEvent.keyDown(window, { key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true });
    expect(lock).toHaveBeenCalledTimes(3);
  });
});
