// The map's tool buttons, at least 44 px square for fingers and pens (2-in-1 laptops). Each
// button runs the same action as its registered command; its name and shortcut are in its label.
import { useTranslation } from 'react-i18next';
import { ariaShortcut } from '../../commands/shortcuts';
import { useShortcutText } from '../../commands/useShortcutText';
import { ToolIcon, type ToolIconName } from './ToolIcon';

export interface ToolAction {
  id: string;
  /** i18n key of the button's name. */
  label: string;
  icon: ToolIconName;
  shortcut?: string;
  /** A mode the button switches on and off. */
  pressed?: boolean;
  disabled?: boolean;
  /** Shows the name beside the icon (the main actions of the moment). */
  wide?: boolean;
  perform: () => void;
}

export function MapToolbar({ actions, label }: { actions: readonly ToolAction[]; label: string }) {
  const { t } = useTranslation();
  const keys = useShortcutText();
  const button = (action: ToolAction) => {
    const name = t(action.label);
    const shortcut = action.shortcut ? keys(action.shortcut).join('+') : '';
    return (
      <button
        key={action.id}
        type="button"
        className={action.wide ? 'map-tool wide' : 'map-tool'}
        aria-label={name}
        aria-pressed={action.pressed}
        aria-keyshortcuts={action.shortcut && ariaShortcut(action.shortcut)}
        title={shortcut ? `${name} (${shortcut})` : name}
        disabled={action.disabled}
        onClick={action.perform}
        data-tool={action.id}
      >
        <ToolIcon name={action.icon} />
        {action.wide && <span className="map-tool-text">{name}</span>}
      </button>
    );
  };
  // Wide buttons (with their name) sit apart, above the column, so the column stays narrow.
  const wide = actions.filter((a) => a.wide);
  return (
    <div
      className={wide.length > 0 ? 'map-toolbar with-wide' : 'map-toolbar'}
      role="toolbar"
      aria-label={label}
    >
      <div className="map-tools-column">{actions.filter((a) => !a.wide).map(button)}</div>
      <div className="map-tools-wide">{wide.map(button)}</div>
    </div>
  );
}
