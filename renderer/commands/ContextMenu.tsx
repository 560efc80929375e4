// The right-click (or Shift+F10, or the Menu key) menu of an element: the registered commands
// whose `contexts` include the element's type. ARIA menu: arrows move, Enter runs, Escape closes.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandList, useCommandRegistry } from './CommandsContext';
import type { MenuRequest } from './registry';
import { Keys, useShortcutText } from './useShortcutText';

interface ContextMenuProps extends MenuRequest {
  onClose: () => void;
}

export function ContextMenu({ x, y, target, title, onClose }: ContextMenuProps) {
  const { t } = useTranslation();
  const registry = useCommandRegistry();
  useCommandList(); // re-render when commands change
  const keysOf = useShortcutText();
  const items = registry.forContext(target);
  const context = registry.context('context', target);
  const [active, setActive] = useState(0);
  const [at, setAt] = useState({ x, y });
  const menuRef = useRef<HTMLUListElement>(null);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => previous?.focus();
  }, []);
  useEffect(() => itemRefs.current[active]?.focus(), [active]);
  // Keep the menu inside the window.
  useLayoutEffect(() => {
    const box = menuRef.current?.getBoundingClientRect();
    if (!box) return;
    setAt({
      x: Math.max(4, Math.min(x, window.innerWidth - box.width - 4)),
      y: Math.max(4, Math.min(y, window.innerHeight - box.height - 4)),
    });
  }, [x, y]);

  const run = (index: number) => {
    const command = items[index];
    if (!command || !registry.isEnabled(command, context)) return;
    onClose();
    queueMicrotask(() => registry.perform(command, context));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active >= last ? 0 : active + 1,
      ArrowUp: active <= 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    const move = moves[event.key];
    if (move !== undefined) setActive(move);
    else if (event.key === 'Enter' || event.key === ' ') run(active);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="menu-backdrop" onMouseDown={onClose} onContextMenu={(e) => e.preventDefault()}>
      <ul
        ref={menuRef}
        className="context-menu"
        role="menu"
        aria-label={title ? t('ui.menu.label', { name: title }) : t('ui.menu.canvas')}
        style={{ left: at.x, top: at.y }}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        {items.map((command, index) => {
          const enabled = registry.isEnabled(command, context);
          return (
            <li
              key={command.id}
              ref={(node) => {
                itemRefs.current[index] = node;
              }}
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              aria-disabled={enabled ? undefined : true}
              onMouseMove={() => setActive(index)}
              onClick={() => run(index)}
            >
              <span>{t(command.label, command.labelParams)}</span>
              <Keys keys={keysOf(command.shortcut)} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
