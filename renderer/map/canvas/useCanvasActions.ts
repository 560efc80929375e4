// The map's own actions (zoom, fit, tidy, link mode, domain sectors, presentation), registered
// as commands (shortcuts, palette, context menus, help) and returned as the toolbar's buttons,
// so both always do the same thing.
import type { Core, EdgeHandlesInstance } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import {
  useCommandList,
  useCommandRegistry,
  useRegisterCommands,
} from '../../commands/CommandsContext';
import type { Command, CommandRegistry } from '../../commands/registry';
import type { MapGeometry } from '../layout/geometry';
import { presentation, stageOf, usePresenting } from '../presentation/presentation';
import type { ToolAction } from './MapToolbar';
import { setDomainSectors, useDomainSectors } from './preferences';
import { fitRings, zoomBy } from './viewport';

export interface CanvasActionsInput {
  cy: Core | null;
  linker: EdgeHandlesInstance | null;
  geometry: MapGeometry;
  root: RefObject<HTMLElement | null>;
  editable: boolean;
  /** Registers the actions as commands (only one canvas of a screen does). */
  commands: boolean;
  /** Shows the wished map's command as a button when it is registered. */
  showWished: boolean;
  tidy: () => void;
}

/** What the toolbar offers beside the map's own actions, when registered: the wished map. */
export const WISHED_COMMAND = 'map.wished';

interface ActionState extends CanvasActionsInput {
  linking: boolean;
  setLinking: (update: (on: boolean) => boolean) => void;
  domainSectors: boolean;
  presenting: boolean;
  registry: CommandRegistry;
  wished: Command | undefined;
}

/** The actions for a state; `now` gives the state when an action runs. */
function defineActions(state: ActionState, now: () => ActionState): ToolAction[] {
  const withCy = (run: (cy: Core) => void) => () => {
    const cy = now().cy;
    if (cy) run(cy);
  };
  const actions: ToolAction[] = [
    {
      id: 'map.zoomIn',
      label: 'ui.mapView.commands.zoomIn',
      icon: 'zoomIn',
      shortcut: '+',
      perform: withCy((cy) => zoomBy(cy, 1.25)),
    },
    {
      id: 'map.zoomOut',
      label: 'ui.mapView.commands.zoomOut',
      icon: 'zoomOut',
      shortcut: '-',
      perform: withCy((cy) => zoomBy(cy, 0.8)),
    },
    {
      id: 'map.fit',
      label: 'ui.mapView.commands.fit',
      icon: 'fit',
      shortcut: '0',
      perform: withCy((cy) => fitRings(cy, now().geometry, true)),
    },
  ];
  if (state.editable && !state.presenting)
    actions.push(
      {
        id: 'map.tidy',
        label: 'ui.mapView.commands.tidy',
        icon: 'tidy',
        shortcut: 'Alt+A',
        perform: () => now().tidy(),
      },
      {
        id: 'map.linkMode',
        label: state.linking ? 'ui.mapView.commands.linkModeOff' : 'ui.mapView.commands.linkMode',
        icon: 'link',
        shortcut: 'Alt+R',
        pressed: state.linking,
        perform: () => now().setLinking((on) => !on),
      },
    );
  actions.push(
    {
      id: 'map.domainSectors',
      label: 'ui.mapView.commands.domainSectors',
      icon: 'domains',
      shortcut: 'Alt+D',
      pressed: state.domainSectors,
      perform: () => setDomainSectors(!now().domainSectors),
    },
    {
      id: 'map.presentation',
      label: state.presenting
        ? 'ui.mapView.commands.leavePresentation'
        : 'ui.mapView.commands.presentation',
      icon: state.presenting ? 'leave' : 'present',
      shortcut: 'F5',
      pressed: state.presenting,
      perform: () => {
        const root = now().root.current;
        if (root) presentation.toggle(stageOf(root));
      },
    },
  );
  return actions;
}

const GROUP_OF: Record<string, Command['group']> = {
  'map.zoomIn': 'view',
  'map.zoomOut': 'view',
  'map.fit': 'view',
  'map.presentation': 'view',
};

export function useCanvasActions(input: CanvasActionsInput): {
  actions: ToolAction[];
  linking: boolean;
} {
  const presenting = usePresenting();
  const domainSectors = useDomainSectors();
  const [linking, setLinking] = useState(false);
  const registry = useCommandRegistry();
  const wished = useCommandList().find((command) => command.id === WISHED_COMMAND);
  const state: ActionState = {
    ...input,
    linking,
    setLinking,
    domainSectors,
    presenting,
    registry,
    wished,
  };
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });

  const { linker } = input;
  useEffect(() => {
    if (!linker) return;
    if (!linking) {
      linker.disableDrawMode();
      return;
    }
    linker.enableDrawMode();
    // Escape ends the link mode (before it closes anything else).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setLinking(false);
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [linker, linking]);

  useRegisterCommands(() => {
    if (!input.commands) return [];
    const now = () => latest.current;
    return defineActions(now(), now).map((action): Command => ({
      id: action.id,
      label: action.label,
      shortcut: action.shortcut ?? '',
      group: GROUP_OF[action.id] ?? 'map',
      contexts: ['canvas'],
      perform: action.perform,
    }));
  }, [input.commands, input.editable, linking, domainSectors, presenting]);

  // Leaving the screen ends its presentation.
  useEffect(() => () => presentation.leave(), []);

  const actions = defineActions(state, () => state);
  if (wished && !presenting && input.commands && input.showWished)
    actions.push({
      id: WISHED_COMMAND,
      label: wished.label,
      icon: 'wished',
      shortcut: wished.shortcut,
      wide: true,
      perform: () => registry.run(WISHED_COMMAND, { source: 'menu' }),
    });
  return { actions, linking };
}
