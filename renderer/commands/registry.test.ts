import { describe, expect, it, vi } from 'vitest';
import { CommandRegistry, type Command } from './registry';
import { matches, parseShortcut, shortcutKeys } from './shortcuts';

const key = (key: string, extra: Partial<Parameters<typeof matches>[1]> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('shortcuts', () => {
  it('matches Ctrl or Cmd for Mod, and only the modifiers asked for', () => {
    const redo = parseShortcut('Mod+Shift+Z');
    expect(matches(redo, key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches(redo, key('z', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(matches(redo, key('z', { ctrlKey: true }))).toBe(false);
    expect(matches(redo, key('z', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
  });

  it('reads digits by their key on an AZERTY keyboard, and ? whatever Shift says', () => {
    expect(matches(parseShortcut('Alt+1'), key('&', { altKey: true, code: 'Digit1' }))).toBe(true);
    expect(matches(parseShortcut('Alt+1'), key('1', { altKey: false, code: 'Digit1' }))).toBe(
      false,
    );
    expect(matches(parseShortcut('?'), key('?', { shiftKey: true }))).toBe(true);
    expect(matches(parseShortcut('Delete'), key('Delete'))).toBe(true);
  });

  it('writes shortcuts with the names it is given', () => {
    const names = { mod: 'Ctrl', shift: 'Maj', alt: 'Alt', keys: { Delete: 'Suppr' } };
    expect(shortcutKeys('Mod+Shift+Z', names)).toEqual(['Ctrl', 'Maj', 'Z']);
    expect(shortcutKeys('Alt+ArrowDown', names)).toEqual(['Alt', '↓']);
    expect(shortcutKeys('Delete', names)).toEqual(['Suppr']);
  });
});

const command = (id: string, extra: Partial<Command> = {}): Command => ({
  id,
  label: `ui.commands.${id}`,
  shortcut: 'F9',
  group: 'general',
  perform: () => undefined,
  ...extra,
});

describe('CommandRegistry', () => {
  it('lists by group, and a later registration hides an earlier one until it goes', () => {
    const registry = new CommandRegistry();
    const first = command('a', { group: 'view' });
    const undo = registry.register([first, command('b', { group: 'history' })]);
    const replaced = command('a', { group: 'general' });
    const unregister = registry.register([replaced]);
    expect(registry.list().map((c) => `${c.id}:${c.group}`)).toEqual(['a:general', 'b:history']);
    unregister();
    expect(registry.get('a')).toBeUndefined();
    undo();
    expect(registry.list()).toEqual([]);
  });

  it('runs only enabled commands, with the selection as target, and reports failures', () => {
    const onError = vi.fn();
    const registry = new CommandRegistry(onError);
    const perform = vi.fn();
    registry.register([
      command('on', { perform, isEnabled: (ctx) => ctx.target?.type === 'actor' }),
      command('boom', {
        perform: () => {
          throw new Error('boom');
        },
      }),
    ]);
    expect(registry.run('on')).toBe(false);
    registry.setTargetProvider(() => ({ type: 'actor', id: 'x' }));
    expect(registry.run('on', { source: 'palette' })).toBe(true);
    expect(perform).toHaveBeenCalledWith({ source: 'palette', target: { type: 'actor', id: 'x' } });
    registry.run('boom');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }));
  });

  it('offers in a context menu the commands of that kind of element', () => {
    const registry = new CommandRegistry();
    registry.register([
      command('edit', { contexts: ['actor', 'tie'] }),
      command('undo', { contexts: ['canvas'] }),
      command('help'),
    ]);
    expect(registry.forContext({ type: 'tie', id: 't' }).map((c) => c.id)).toEqual(['edit']);
    expect(registry.forContext({ type: 'canvas' }).map((c) => c.id)).toEqual(['undo']);
  });

  it('opens no menu on an element with nothing to offer (names hidden: no editing command)', () => {
    const registry = new CommandRegistry();
    registry.register([command('zoom', { contexts: ['canvas'] })]);
    registry.openMenu({ x: 1, y: 2, target: { type: 'actor', id: 'a' } });
    expect(registry.getOverlay()).toEqual({ kind: 'none' });
    registry.openMenu({ x: 1, y: 2, target: { type: 'canvas' } });
    expect(registry.getOverlay()).toMatchObject({ kind: 'menu', target: { type: 'canvas' } });
  });
});
