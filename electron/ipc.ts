// The main side of the API: one channel, every call checked for its sender, then validated and
// run by the shared dispatcher. A refused call gets a typed error value and touches nothing.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { dispatchAsync, type ApiHandlers, type Logger } from '../shared/api';
import { MaillageError, type WireResult } from '../shared/errors';
import { API_CHANNEL, isAppUrl } from './app-origin';

const forbidden: WireResult = {
  ok: false,
  error: new MaillageError('forbidden', 'API calls are accepted from the app pages only').toValue(),
};

/** The URL of the frame that sent the call, or null when it is gone or unknown. */
function senderUrl(event: IpcMainInvokeEvent): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    // Reading a frame that navigated away or was destroyed can throw.
    return null;
  }
}

export async function handleApiCall(
  handlers: ApiHandlers,
  event: IpcMainInvokeEvent,
  op: unknown,
  input: unknown,
  log: Logger,
): Promise<WireResult> {
  const url = senderUrl(event);
  if (url === null || !isAppUrl(url)) return forbidden;
  return dispatchAsync(handlers, op, input, log);
}

/** Registers the handler; returns the function that removes it. */
export function registerApi(handlers: ApiHandlers, log: Logger): () => void {
  ipcMain.handle(API_CHANNEL, (event, op: unknown, input: unknown) =>
    handleApiCall(handlers, event, op, input, log),
  );
  return () => ipcMain.removeHandler(API_CHANNEL);
}
