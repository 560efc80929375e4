// The command registry: every action the user can take by keyboard, palette (Ctrl+K), context
// menu or help screen is one registered Command. For the other helpers:
//
//   const registry = useCommandRegistry();                  // from CommandsContext.tsx
//   useRegisterCommands(() => [{                            // registered while mounted
//     id: 'map.tidy',                                       // unique, dotted
//     label: 'ui.commands.tidy',                            // i18n key (shared/i18n ui.*)
//     shortcut: 'Mod+Shift+L',                              // required: the help lists it
//     group: 'map',                                         // a CommandGroup, orders the help
//     contexts: ['canvas'],                                 // offered in those context menus
//     isEnabled: (ctx) => true,
//     perform: (ctx) => tidy(),
//   }], [deps]);
//   registry.run('map.tidy', { source: 'context', target: { type: 'actor', id } });
//   registry.forContext({ type: 'actor', id })             // what a menu on that node offers
//   registry.openMenu({ x, y, target })                    // the app's own right-click menu
//
// Shortcut syntax: modifiers then key, joined by '+': Mod (Ctrl, or ⌘ on a Mac), Shift, Alt,
// then a key name as KeyboardEvent.key gives it ('Z', 'ArrowUp', 'F1', 'Delete', '?', '1').
// One keyboard dispatcher (useCommandShortcuts) serves every registered shortcut. Inside a
// modal dialog only the commands whose id starts with 'app.' (palette, help) answer.

export type CommandGroup =
  'general' | 'history' | 'interview' | 'selection' | 'edit' | 'view' | 'map' | 'analysis';

export const GROUP_ORDER: readonly CommandGroup[] = [
  'general',
  'history',
  'interview',
  'selection',
  'edit',
  'view',
  'map',
  'analysis',
];

/** An element of the map a command acts on. */
export type CommandTarget =
  | { type: 'actor'; id: string }
  | { type: 'tie'; id: string }
  | { type: 'canvas'; position?: { x: number; y: number } };

export type CommandSource = 'keyboard' | 'palette' | 'menu' | 'context';

export interface CommandContext {
  source: CommandSource;
  /** The right-clicked element, or else the current selection, or null. */
  target: CommandTarget | null;
}

/** What a shortcut does while the focus is in a text field, a list or a check box. */
export type WhenTyping = 'ignore' | 'run' | 'emptyField';

export interface Command {
  id: string;
  /** i18n key of the label, e.g. 'ui.commands.undo'. */
  label: string;
  /** Values for the label's placeholders ({{ring}}). */
  labelParams?: Record<string, string | number>;
  shortcut: string;
  /** Other chords for the same command (Mod+Y beside Mod+Shift+Z); the help lists them too. */
  altShortcuts?: readonly string[];
  group: CommandGroup;
  contexts?: readonly CommandTarget['type'][];
  /** Default 'ignore': letters and Delete belong to the field being typed in. */
  whenTyping?: WhenTyping;
  /**
   * Answers before the focused element's own key handlers (capture phase), which then never see
   * the chord: for locking, which no field, grid or canvas may swallow. Default false.
   */
  first?: boolean;
  isEnabled?: (ctx: CommandContext) => boolean;
  perform: (ctx: CommandContext) => void | Promise<void>;
}

export interface MenuRequest {
  /** Viewport coordinates (CSS pixels) of the menu's top-left corner. */
  x: number;
  y: number;
  target: CommandTarget;
  /** The element's name, for the menu's accessible name. */
  title?: string;
}

export type Overlay =
  { kind: 'none' } | { kind: 'palette' } | { kind: 'help' } | ({ kind: 'menu' } & MenuRequest);

export class CommandRegistry {
  private commands: Command[] = [];
  private readonly listeners = new Set<() => void>();
  private overlay: Overlay = { kind: 'none' };
  private targetOf: () => CommandTarget | null = () => null;

  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Registers commands (a later one with the same id hides the earlier); returns the undo. */
  register(commands: readonly Command[]): () => void {
    const ids = new Set(commands.map((c) => c.id));
    this.commands = [...this.commands.filter((c) => !ids.has(c.id)), ...commands];
    this.notify();
    return () => {
      const mine = new Set(commands);
      const before = this.commands.length;
      this.commands = this.commands.filter((c) => !mine.has(c));
      if (this.commands.length !== before) this.notify();
    };
  }

  /** Every command, by group then in registration order. Same array until something changes. */
  list = (): readonly Command[] => this.sorted();
  private sortedCache: { from: Command[]; sorted: Command[] } | null = null;
  private sorted(): Command[] {
    if (this.sortedCache?.from !== this.commands) {
      const rank = (c: Command) => GROUP_ORDER.indexOf(c.group);
      const sorted = this.commands
        .map((command, index) => ({ command, index }))
        .sort((a, b) => rank(a.command) - rank(b.command) || a.index - b.index)
        .map(({ command }) => command);
      this.sortedCache = { from: this.commands, sorted };
    }
    return this.sortedCache.sorted;
  }

  get(id: string): Command | undefined {
    return this.commands.find((c) => c.id === id);
  }

  /** Where commands find "the element I am on" when none was right-clicked. */
  setTargetProvider(provider: () => CommandTarget | null): () => void {
    this.targetOf = provider;
    return () => {
      if (this.targetOf === provider) this.targetOf = () => null;
    };
  }

  context(source: CommandSource, target?: CommandTarget | null): CommandContext {
    return { source, target: target === undefined ? this.targetOf() : target };
  }

  isEnabled(command: Command, ctx: CommandContext): boolean {
    return command.isEnabled ? command.isEnabled(ctx) : true;
  }

  /** Runs a command if it exists and is enabled; errors go to the app's notices. */
  run(id: string, partial: Partial<CommandContext> = {}): boolean {
    const command = this.get(id);
    if (!command) return false;
    return this.perform(command, this.context(partial.source ?? 'menu', partial.target));
  }

  perform(command: Command, ctx: CommandContext): boolean {
    if (!this.isEnabled(command, ctx)) return false;
    try {
      const done = command.perform(ctx);
      if (done instanceof Promise) done.catch(this.onError);
    } catch (error) {
      this.onError(error);
    }
    return true;
  }

  /** The commands a context menu on this element offers, enabled or not. */
  forContext(target: CommandTarget): Command[] {
    return this.sorted().filter((c) => c.contexts?.includes(target.type));
  }

  getOverlay = (): Overlay => this.overlay;

  setOverlay(overlay: Overlay): void {
    this.overlay = overlay;
    this.notify();
  }

  /** Opens the element's menu; an element with nothing to offer (names hidden) opens none. */
  openMenu(request: MenuRequest): void {
    if (this.forContext(request.target).length === 0) return;
    this.setOverlay({ kind: 'menu', ...request });
  }

  close(): void {
    if (this.overlay.kind !== 'none') this.setOverlay({ kind: 'none' });
  }
}
