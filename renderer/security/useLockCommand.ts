// Locking now as a registered command, listed in the help and the palette: Ctrl+L (⌘L on a Mac)
// from anywhere, even in a field, a grid cell being edited or a dialog (its id starts with 'app.'
// and it answers first). LOCK_SHORTCUT is the one place the chord is written: the header's lock
// button shows it from here too.
import { useRegisterCommands } from '../commands/CommandsContext';
import type { Command } from '../commands/registry';
import { useSession } from './session';

export const LOCK_SHORTCUT = 'Mod+L';

export function lockCommand(lock: () => void): Command {
  return {
    id: 'app.lock',
    label: 'security.lock.button',
    shortcut: LOCK_SHORTCUT,
    group: 'general',
    whenTyping: 'run',
    first: true,
    perform: () => lock(),
  };
}

/** Registers the lock command while the app is open (inside the gate and the commands). */
export function useLockCommand(): void {
  const { lock } = useSession();
  useRegisterCommands(() => [lockCommand(() => void lock())], [lock]);
}
