// The one place that knows how calls reach the store: Electron's preload bridge when it is there,
// otherwise the loopback browser-mode server over HTTP. Everything above sees only a Transport.
import type { Transport } from '../../shared/api/client';

/** What Electron's preload exposes on `window.maillage`. */
export interface PreloadBridge {
  invoke(op: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    maillage?: PreloadBridge;
  }
}

/** The local service did not answer at all (server stopped, IPC channel gone). */
export class NetworkError extends Error {
  constructor(readonly reason: unknown) {
    super('The local Maillage service did not answer');
    this.name = 'NetworkError';
  }
}

export const SECRET_KEY = 'maillage.secret';

type PageContext = Pick<Window, 'location' | 'history' | 'sessionStorage'>;

/**
 * Moves the session secret from the URL fragment (`#secret=...`) into sessionStorage and removes it
 * from the address bar, so that it does not stay in the history, a bookmark or a screenshot.
 */
export function captureSecret(page: PageContext): void {
  const params = new URLSearchParams(page.location.hash.replace(/^#/, ''));
  const secret = params.get('secret');
  if (!secret) return;
  page.sessionStorage.setItem(SECRET_KEY, secret);
  params.delete('secret');
  const rest = params.toString();
  const url = page.location.pathname + page.location.search + (rest ? `#${rest}` : '');
  page.history.replaceState(page.history.state, '', url);
}

export function ipcTransport(bridge: PreloadBridge): Transport {
  return async (op, input) => {
    try {
      return await bridge.invoke(op, input);
    } catch (error) {
      throw new NetworkError(error);
    }
  };
}

/** `POST /api/<op>`; the body of the answer is a WireResult whatever the status. */
export function httpTransport(fetchFn: typeof fetch, secret: () => string): Transport {
  return async (op, input) => {
    let response: Response;
    try {
      response = await fetchFn(`/api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret()}` },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (error) {
      throw new NetworkError(error);
    }
    try {
      return (await response.json()) as unknown;
    } catch {
      // Not a WireResult: the client reports it as a malformed answer.
      return undefined;
    }
  };
}

/** Picks the bridge the page finds: the preload's in Electron, HTTP in a browser. */
export function selectTransport(page: PageContext & Pick<Window, 'maillage' | 'fetch'>): Transport {
  const bridge = page.maillage;
  if (bridge && typeof bridge.invoke === 'function') return ipcTransport(bridge);
  captureSecret(page);
  return httpTransport(
    (url, init) => page.fetch(url, init),
    () => page.sessionStorage.getItem(SECRET_KEY) ?? '',
  );
}
