// The map's view preferences, kept on this computer (localStorage holds no personal data): for
// now, whether the sectors are cut by domain.
import { useSyncExternalStore } from 'react';

const DOMAIN_SECTORS_KEY = 'maillage.map.domainSectors';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return globalThis.localStorage?.getItem(DOMAIN_SECTORS_KEY) === 'on';
  } catch {
    return false;
  }
}

let domainSectors = read();

export function setDomainSectors(on: boolean): void {
  domainSectors = on;
  try {
    globalThis.localStorage?.setItem(DOMAIN_SECTORS_KEY, on ? 'on' : 'off');
  } catch {
    // Storage full or disabled: the choice lasts for this session.
  }
  for (const listener of listeners) listener();
}

export function useDomainSectors(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => domainSectors,
  );
}
