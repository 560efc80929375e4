// Opens "the network I would like" from the map screen: the command (Alt+W, the palette, the
// map's toolbar) and whether the wished view is showing.
import { useCallback, useState } from 'react';
import { useRegisterCommands } from '../../commands/CommandsContext';
import { WISHED_COMMAND } from '../canvas/useCanvasActions';

export function useWishedView(): { open: boolean; close: () => void } {
  const [open, setOpen] = useState(false);
  useRegisterCommands(
    () => [
      {
        id: WISHED_COMMAND,
        label: 'ui.mapView.commands.wished',
        shortcut: 'Alt+W',
        group: 'view',
        contexts: ['canvas'],
        perform: () => setOpen(true),
      },
    ],
    [],
  );
  const close = useCallback(() => setOpen(false), []);
  return { open, close };
}
