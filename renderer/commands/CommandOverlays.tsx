// The app-wide commands (palette, help) and whichever overlay is open: the palette, the help
// screen or a context menu. Rendered once, inside the CommandsProvider.
import { useState } from 'react';
import { useCommandRegistry, useOverlay, useRegisterCommands } from './CommandsContext';
import { ContextMenu } from './ContextMenu';
import { HelpScreen } from './HelpScreen';
import { Palette } from './Palette';
import type { CommandContext } from './registry';

export function CommandOverlays() {
  const registry = useCommandRegistry();
  const overlay = useOverlay();
  // The palette acts on what was selected when it opened.
  const [paletteContext, setPaletteContext] = useState<CommandContext | null>(null);

  useRegisterCommands(
    () => [
      {
        id: 'app.palette',
        label: 'ui.commands.palette',
        shortcut: 'Mod+K',
        group: 'general',
        whenTyping: 'run',
        perform: () => {
          if (registry.getOverlay().kind === 'palette') return registry.close();
          setPaletteContext(registry.context('palette'));
          registry.setOverlay({ kind: 'palette' });
        },
      },
      {
        id: 'app.help',
        label: 'ui.commands.help',
        shortcut: 'F1',
        altShortcuts: ['?'],
        group: 'general',
        whenTyping: 'run',
        perform: () =>
          registry.getOverlay().kind === 'help'
            ? registry.close()
            : registry.setOverlay({ kind: 'help' }),
      },
    ],
    [registry],
  );

  const close = () => registry.close();
  if (overlay.kind === 'palette')
    return <Palette context={paletteContext ?? registry.context('palette')} onClose={close} />;
  if (overlay.kind === 'help') return <HelpScreen onClose={close} />;
  if (overlay.kind === 'menu') return <ContextMenu {...overlay} onClose={close} />;
  return null;
}
