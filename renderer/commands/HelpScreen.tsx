// Every registered command and its shortcuts, by group (F1 or ?). Generated from the registry,
// so a command cannot exist without being listed here.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandList } from './CommandsContext';
import { GROUP_ORDER, type Command } from './registry';
import { Keys, useShortcutText } from './useShortcutText';

export function HelpScreen({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const commands = useCommandList();
  const keysOf = useShortcutText();
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => previous?.focus();
  }, []);

  const groups = GROUP_ORDER.map((group) => ({
    group,
    list: commands.filter((c) => c.group === group),
  })).filter(({ list }) => list.length > 0);

  const shortcuts = (command: Command) => [command.shortcut, ...(command.altShortcuts ?? [])];

  return (
    <div className="dialog-backdrop" onMouseDown={onClose}>
      <div
        className="dialog help-screen"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <div className="help-head">
          <h2 id={titleId}>{t('ui.help.title')}</h2>
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            {t('ui.actions.close')}
          </button>
        </div>
        <p className="muted">{t('ui.help.intro')}</p>
        <div className="help-body" tabIndex={0} aria-label={t('ui.help.title')}>
          {groups.map(({ group, list }) => (
            <table key={group} className="help-table">
              <caption>{t(`ui.groups.${group}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui.help.command')}</th>
                  <th scope="col">{t('ui.help.shortcut')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((command) => (
                  <tr key={command.id}>
                    <td>{t(command.label, command.labelParams)}</td>
                    <td>
                      {shortcuts(command).map((shortcut, index) => (
                        <span key={shortcut}>
                          {index > 0 && <span className="muted"> {t('ui.help.or')} </span>}
                          <Keys keys={keysOf(shortcut)} />
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
          <h3>{t('ui.help.extraTitle')}</h3>
          <ul className="help-extra">
            <li>{t('ui.help.extra.arrows')}</li>
            <li>{t('ui.help.extra.enter')}</li>
            <li>{t('ui.help.extra.escape')}</li>
            <li>{t('ui.help.extra.sort')}</li>
          </ul>
        </div>
      </div>
    </div>
  );
}
