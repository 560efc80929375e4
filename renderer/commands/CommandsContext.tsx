// The registry for the whole app, its hooks, and the one keyboard dispatcher.
import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { CommandRegistry, type Command, type Overlay } from './registry';
import { editableTarget, matches, parseShortcut, type Chord } from './shortcuts';

const RegistryContext = createContext<CommandRegistry | null>(null);

export function CommandsProvider({
  onError,
  children,
}: {
  onError?: (error: unknown) => void;
  children: ReactNode;
}) {
  const [registry] = useState(() => new CommandRegistry(onError));
  useCommandShortcuts(registry);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

export function useCommandRegistry(): CommandRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useCommandRegistry outside CommandsProvider');
  return registry;
}

/** Every registered command; re-renders when one is added or removed. */
export function useCommandList(): readonly Command[] {
  const registry = useCommandRegistry();
  return useSyncExternalStore(registry.subscribe, registry.list);
}

export function useOverlay(): Overlay {
  const registry = useCommandRegistry();
  return useSyncExternalStore(registry.subscribe, registry.getOverlay);
}

/**
 * Registers commands while the component is mounted. `make` is called again when a dep
 * changes; commands should read changing state through refs or the store, not captured values.
 */
export function useRegisterCommands(make: () => Command[], deps: readonly unknown[]): void {
  const registry = useCommandRegistry();
  useEffect(
    () => registry.register(make()),
    // The caller lists what `make` depends on, like useMemo's deps.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [registry, ...deps],
  );
}

/**
 * One keydown dispatcher for every shortcut: the first enabled matching command runs. Commands
 * marked `first` answer in the capture phase, before the focused element; the others once the
 * key has bubbled up, so a field or a grid that handles the key itself keeps it.
 */
function useCommandShortcuts(registry: CommandRegistry): void {
  useEffect(() => {
    const dispatch = (event: KeyboardEvent, first: boolean) => {
      if (event.defaultPrevented || event.isComposing) return;
      const inDialog =
        event.target instanceof Element && event.target.closest('[aria-modal="true"]') !== null;
      const field = editableTarget(event.target);
      for (const command of registry.list()) {
        if ((command.first ?? false) !== first) continue;
        const chords = [command.shortcut, ...(command.altShortcuts ?? [])].map(parseShortcut);
        const chord = chords.find((c) => matches(c, event));
        if (!chord) continue;
        if (inDialog && !command.id.startsWith('app.')) continue;
        // A bare character ('?') typed in a field is text, whatever the command says.
        if (field && (isCharacter(chord) || !allowedWhileTyping(command, field))) continue;
        const ctx = registry.context('keyboard');
        if (!registry.isEnabled(command, ctx)) continue;
        event.preventDefault();
        if (first) event.stopPropagation();
        registry.perform(command, ctx);
        return;
      }
    };
    const onKeyDownFirst = (event: KeyboardEvent) => dispatch(event, true);
    const onKeyDown = (event: KeyboardEvent) => dispatch(event, false);
    window.addEventListener('keydown', onKeyDownFirst, { capture: true });
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDownFirst, { capture: true });
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [registry]);
}

function allowedWhileTyping(command: Command, field: HTMLElement): boolean {
  const rule = command.whenTyping ?? 'ignore';
  if (rule === 'run') return true;
  if (rule === 'ignore') return false;
  // 'emptyField': Ctrl+Z in a field with text undoes the typing; in an empty one, the map's edit.
  return (
    (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) &&
    field.value === ''
  );
}

function isCharacter(chord: Chord): boolean {
  return !chord.mod && !chord.alt && chord.key.length === 1;
}
