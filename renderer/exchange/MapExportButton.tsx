// On the map screen: "Export…" opens the export dialog for the open case, as the case list's
// button does. Also a command (Ctrl+Shift+E), so the palette, the help and the keyboard reach it.
// While names are hidden, the API below is the pseudonymising one: the export is pseudonymised.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterCommands } from '../commands/CommandsContext';
import { ExportIcon } from '../app/HeaderIcons';
import { ariaShortcut } from '../commands/shortcuts';
import { useShortcutText } from '../commands/useShortcutText';
import { ExportDialog } from './ExportDialog';

export const EXPORT_SHORTCUT = 'Mod+Shift+E';

interface MapExportButtonProps {
  caseId: string;
  /** The case as the screen shows it (its label while names are hidden). */
  caseName: string;
}

export function MapExportButton({ caseId, caseName }: MapExportButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const keys = useShortcutText()(EXPORT_SHORTCUT).join('+');
  useRegisterCommands(
    () => [
      {
        id: 'case.export',
        label: 'exchange.commands.export',
        shortcut: EXPORT_SHORTCUT,
        group: 'general',
        whenTyping: 'run',
        perform: () => setOpen(true),
      },
    ],
    [],
  );
  return (
    <>
      <button
        type="button"
        className="button small map-header-action"
        aria-keyshortcuts={ariaShortcut(EXPORT_SHORTCUT)}
        title={`${t('exchange.open.export')} (${keys})`}
        onClick={() => setOpen(true)}
      >
        <ExportIcon />
        {t('exchange.open.export')}
      </button>
      {open && <ExportDialog caseId={caseId} caseName={caseName} onClose={() => setOpen(false)} />}
    </>
  );
}
