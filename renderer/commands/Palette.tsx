// The command palette (Ctrl+K): a filter field (ARIA combobox) over the list of every command
// (listbox). Arrows move, Enter runs, Escape closes; focus goes back where it was.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandList, useCommandRegistry } from './CommandsContext';
import type { Command, CommandContext } from './registry';
import { Keys, useShortcutText } from './useShortcutText';

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function Palette({ context, onClose }: { context: CommandContext; onClose: () => void }) {
  const { t } = useTranslation();
  const registry = useCommandRegistry();
  const commands = useCommandList();
  const keysOf = useShortcutText();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const titleId = useId();

  const label = (c: Command) => t(c.label, c.labelParams);
  const shown = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return commands.filter((c) => {
      const text = fold(`${t(c.label, c.labelParams)} ${keysOf(c.shortcut).join('+')}`);
      return words.every((word) => text.includes(word));
    });
  }, [commands, query, t, keysOf]);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => previous?.focus();
  }, []);

  useEffect(() => {
    document.getElementById(`${listId}-${current}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current, listId]);

  const runAt = (index: number) => {
    const command = shown[index];
    if (!command || !registry.isEnabled(command, context)) return;
    onClose();
    // After the palette has closed and given the focus back, so the command acts there.
    queueMicrotask(() => registry.perform(command, context));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = shown.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      setActive(down ? (current >= last ? 0 : current + 1) : current <= 0 ? last : current - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      runAt(current);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      event.preventDefault(); // the dialog has one control: the focus stays in it
    }
  };

  return (
    <div className="dialog-backdrop palette-backdrop" onMouseDown={onClose}>
      <div
        className="dialog palette"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onMouseDown={(event) => event.stopPropagation()}
      >
        <h2 id={titleId} className="visually-hidden">
          {t('ui.palette.title')}
        </h2>
        <input
          ref={inputRef}
          className="palette-input"
          type="text"
          role="combobox"
          aria-label={t('ui.palette.input')}
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown.length > 0 ? `${listId}-${current}` : undefined}
          placeholder={t('ui.palette.placeholder')}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t('ui.palette.list')} className="palette-list">
          {shown.map((command, index) => {
            const enabled = registry.isEnabled(command, context);
            return (
              <li
                key={command.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === current}
                aria-disabled={enabled ? undefined : true}
                className="palette-option"
                onMouseMove={() => setActive(index)}
                onClick={() => runAt(index)}
              >
                <span>
                  {label(command)}
                  {!enabled && <span className="muted"> · {t('ui.palette.disabled')}</span>}
                </span>
                <Keys keys={keysOf(command.shortcut)} />
              </li>
            );
          })}
        </ul>
        {shown.length === 0 && (
          <p className="muted palette-empty" role="status">
            {t('ui.palette.empty')}
          </p>
        )}
      </div>
    </div>
  );
}
