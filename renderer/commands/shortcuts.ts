// Shortcut strings ('Mod+Shift+Z', 'Alt+ArrowUp', 'F1', '?') parsed, matched against key
// events, and written for people (help screen, palette) and for assistive technology
// (aria-keyshortcuts).

export interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** KeyboardEvent.key, lower-cased for letters. */
  key: string;
}

export function parseShortcut(shortcut: string): Chord {
  const parts = shortcut.split('+');
  // 'Mod++' would split into ['Mod', '', '']: the key is then '+'.
  const key = shortcut.endsWith('++') ? '+' : (parts.at(-1) ?? '');
  const modifiers = new Set(parts.slice(0, shortcut.endsWith('++') ? -2 : -1));
  return {
    mod: modifiers.has('Mod'),
    shift: modifiers.has('Shift'),
    alt: modifiers.has('Alt'),
    key: key.length === 1 ? key.toLowerCase() : key,
  };
}

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Printable keys that need Shift on some layouts ('?' on a French keyboard): Shift is not asked. */
const isSymbol = (key: string) => key.length === 1 && !/[a-z0-9]/i.test(key);

export function matches(chord: Chord, event: KeyLike): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (mod !== chord.mod || event.altKey !== chord.alt) return false;
  if (!isSymbol(chord.key) && event.shiftKey !== chord.shift) return false;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === chord.key) return true;
  // Digits and letters by their physical key, so Alt+1 works on an AZERTY keyboard too
  // (where the key gives '&' unshifted) and Ctrl+Shift+Z still reads as 'z'.
  if (/^[0-9]$/.test(chord.key)) return event.code === `Digit${chord.key}`;
  if (/^[a-z]$/.test(chord.key)) return event.code === `Key${chord.key.toUpperCase()}`;
  return false;
}

export const isMac = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** 'Mod+Shift+Z' → ['Ctrl', 'Maj', 'Z'], with the names the translator gives for modifiers. */
export function shortcutKeys(
  shortcut: string,
  names: { mod: string; shift: string; alt: string; keys?: Record<string, string> },
): string[] {
  const chord = parseShortcut(shortcut);
  const out: string[] = [];
  if (chord.mod) out.push(names.mod);
  if (chord.shift) out.push(names.shift);
  if (chord.alt) out.push(names.alt);
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  out.push(names.keys?.[key] ?? KEY_NAMES[key] ?? key);
  return out;
}

/** The aria-keyshortcuts value ('Control+Shift+Z'). */
export function ariaShortcut(shortcut: string, mac = isMac()): string {
  const chord = parseShortcut(shortcut);
  const parts: string[] = [];
  if (chord.mod) parts.push(mac ? 'Meta' : 'Control');
  if (chord.shift) parts.push('Shift');
  if (chord.alt) parts.push('Alt');
  parts.push(chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  return parts.join('+');
}

/** Whether a key event comes from a place where keys type text or move a choice. */
export function editableTarget(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null;
  if (target.isContentEditable) return target;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return target;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return ['button', 'submit', 'reset'].includes(type) ? null : target;
  }
  return null;
}
