// Shortcuts written in the user's language ('Ctrl+Maj+Z' in French, 'Ctrl+Shift+Z' in English).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isMac, shortcutKeys } from './shortcuts';

export function useShortcutText(): (shortcut: string) => string[] {
  const { t } = useTranslation();
  return useCallback(
    (shortcut: string) =>
      shortcutKeys(shortcut, {
        mod: isMac() ? t('ui.keys.modMac') : t('ui.keys.mod'),
        shift: t('ui.keys.shift'),
        alt: t('ui.keys.alt'),
        keys: {
          Escape: t('ui.keys.Escape'),
          Delete: t('ui.keys.Delete'),
          Enter: t('ui.keys.Enter'),
          Home: t('ui.keys.Home'),
          End: t('ui.keys.End'),
          PageUp: t('ui.keys.PageUp'),
          PageDown: t('ui.keys.PageDown'),
          ContextMenu: t('ui.keys.ContextMenu'),
          Backspace: t('ui.keys.Backspace'),
        },
      }),
    [t],
  );
}

/** A shortcut as keyboard keys, for the help screen, the palette and the menus. */
export function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="keys">
      {keys.map((key, index) => (
        <kbd key={index}>{key}</kbd>
      ))}
    </span>
  );
}
