// The map screen's commands: undo and redo, saving, the selection (edit, remove, tie, menu),
// the view (map, table, both). The interview's own commands live with the quick add.
// A read-only store (names hidden) gets none of the commands that change the map or lead to
// its editors: no undo, no delete key, no "edit" or "tie from", no quick add.
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import type { Selection } from '../map/canvas/MapCanvas';
import { actorById, egoOf } from '../map/model/mapModel';
import type { MapStore } from '../map/model/mapStore';
import type { PanelRequest } from '../map/panels/SidePanel';
import { useRegisterCommands } from './CommandsContext';
import type { Command, CommandContext, CommandRegistry, CommandTarget } from './registry';

export type MapView = 'map' | 'table' | 'split';

interface MapCommandsOptions {
  store: MapStore;
  registry: CommandRegistry;
  selection: Selection | null;
  select: (selection: Selection | null) => void;
  view: MapView;
  setView: (view: MapView) => void;
  openPanel: (request: PanelRequest) => void;
  announce: (message: string) => void;
  focusQuickAdd: () => void;
  onBack: () => void;
  t: TFunction;
}

/** What is left out while the map cannot be changed (names hidden). */
const EDITING = new Set([
  'history.undo',
  'history.redo',
  'history.retrySave',
  'selection.edit',
  'selection.tieFrom',
  'selection.remove',
  // An element's menu would offer only the editing commands above.
  'selection.menu',
  'interview.focus',
]);

const elementOf = (target: CommandTarget | null): Selection | null =>
  target && target.type !== 'canvas' ? { type: target.type, id: target.id } : null;

export function useMapCommands(options: MapCommandsOptions): void {
  // Commands read the latest values through a ref: they are registered once per store.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { store, registry } = options;

  useEffect(
    () =>
      registry.setTargetProvider(() => {
        const selected = latest.current.selection;
        return selected ? { type: selected.type, id: selected.id } : null;
      }),
    [registry],
  );

  useRegisterCommands(() => {
    const now = () => latest.current;
    const isEgo = (el: Selection | null) =>
      el?.type === 'actor' && actorById(store.getSnapshot(), el.id)?.isEgo === true;
    const exists = (el: Selection | null) => {
      const data = store.getSnapshot();
      if (!el) return false;
      return el.type === 'actor'
        ? actorById(data, el.id) !== undefined
        : data.ties.some((tie) => tie.id === el.id);
    };
    const onElement = (ctx: CommandContext) => exists(elementOf(ctx.target));

    const remove = (ctx: CommandContext) => {
      const el = elementOf(ctx.target);
      if (!el) return;
      const data = store.getSnapshot();
      if (el.type === 'actor') {
        const name = actorById(data, el.id)?.name ?? '';
        store.removeActor(el.id);
        now().announce(now().t('ui.panel.removed', { name }));
      } else {
        store.removeTie(el.id);
        now().announce(now().t('ui.panel.tieRemoved'));
      }
      now().select(null);
    };

    const commands: Command[] = [
      {
        id: 'history.undo',
        label: 'ui.commands.undo',
        shortcut: 'Mod+Z',
        group: 'history',
        whenTyping: 'emptyField',
        contexts: ['canvas'],
        isEnabled: () => store.getHistory().canUndo,
        perform: () => void store.undo(),
      },
      {
        id: 'history.redo',
        label: 'ui.commands.redo',
        shortcut: 'Mod+Shift+Z',
        altShortcuts: ['Mod+Y'],
        group: 'history',
        whenTyping: 'emptyField',
        contexts: ['canvas'],
        isEnabled: () => store.getHistory().canRedo,
        perform: () => void store.redo(),
      },
      {
        id: 'history.retrySave',
        label: 'ui.commands.retrySave',
        shortcut: 'Mod+S',
        group: 'history',
        whenTyping: 'run',
        perform: () => store.retrySave(),
      },
      {
        id: 'selection.edit',
        label: 'ui.commands.edit',
        shortcut: 'F2',
        group: 'selection',
        contexts: ['actor', 'tie'],
        isEnabled: onElement,
        perform: (ctx) => {
          const el = elementOf(ctx.target);
          if (el) now().openPanel({ kind: 'edit', selection: el });
        },
      },
      {
        id: 'selection.tieFrom',
        label: 'ui.commands.tieFrom',
        shortcut: 'Alt+L',
        group: 'selection',
        contexts: ['actor'],
        isEnabled: (ctx) => elementOf(ctx.target)?.type === 'actor' && onElement(ctx),
        perform: (ctx) => {
          const el = elementOf(ctx.target);
          if (el) now().openPanel({ kind: 'tieFrom', sourceId: el.id });
        },
      },
      {
        id: 'selection.remove',
        label: 'ui.commands.remove',
        shortcut: 'Delete',
        group: 'selection',
        contexts: ['actor', 'tie'],
        isEnabled: (ctx) => onElement(ctx) && !isEgo(elementOf(ctx.target)),
        perform: remove,
      },
      {
        id: 'selection.menu',
        label: 'ui.commands.contextMenu',
        shortcut: 'Shift+F10',
        altShortcuts: ['ContextMenu'],
        group: 'selection',
        isEnabled: onElement,
        perform: (ctx) => {
          const el = elementOf(ctx.target);
          if (!el) return;
          const focused = document.activeElement?.getBoundingClientRect();
          const title =
            el.type === 'actor' ? (actorById(store.getSnapshot(), el.id)?.name ?? '') : '';
          registry.openMenu({
            x: focused ? focused.left + 12 : window.innerWidth / 2,
            y: focused ? focused.bottom : window.innerHeight / 3,
            target: { type: el.type, id: el.id },
            title,
          });
        },
      },
      {
        id: 'selection.centre',
        label: 'ui.commands.selectCentre',
        shortcut: 'Alt+Home',
        group: 'selection',
        whenTyping: 'run',
        perform: () => {
          const ego = egoOf(store.getSnapshot());
          if (ego) now().openPanel({ kind: 'edit', selection: { type: 'actor', id: ego.id } });
        },
      },
      {
        id: 'interview.focus',
        label: 'ui.commands.quickAdd',
        shortcut: 'Mod+I',
        group: 'interview',
        whenTyping: 'run',
        contexts: ['canvas'],
        perform: () => {
          now().select(null);
          now().focusQuickAdd();
        },
      },
      ...(['map', 'table', 'split'] as const).map((view, index): Command => ({
        id: `view.${view}`,
        label: `ui.commands.view${view[0]!.toUpperCase()}${view.slice(1)}`,
        shortcut: `Alt+${['M', 'T', 'B'][index]!}`,
        group: 'view',
        whenTyping: 'run',
        contexts: ['canvas'],
        isEnabled: () => now().view !== view,
        perform: () => now().setView(view),
      })),
      {
        id: 'view.focusTable',
        label: 'ui.commands.focusTable',
        shortcut: 'Alt+G',
        group: 'view',
        whenTyping: 'run',
        contexts: ['canvas'],
        perform: () => {
          const focus = () =>
            document.querySelector<HTMLElement>('[data-grid="actors"][tabindex="0"]')?.focus();
          if (now().view !== 'map') return focus();
          now().setView('split');
          // Once the table is drawn, its one tab stop takes the focus.
          requestAnimationFrame(focus);
        },
      },
      {
        id: 'view.back',
        label: 'ui.commands.back',
        shortcut: 'Alt+Backspace',
        group: 'view',
        perform: () => now().onBack(),
      },
    ];
    return store.readOnly ? commands.filter((command) => !EDITING.has(command.id)) : commands;
  }, [store, registry]);
}
