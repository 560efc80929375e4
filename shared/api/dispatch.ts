// The receiving side of the contract, shared by Electron's IPC handler and the browser-mode
// server: validate, call the store, and turn every outcome into a WireResult value.
import { fieldIssuesFromZod, MaillageError, type WireResult } from '../errors';
import { contract, isOp, type Op, type StoreHandlers } from './contract';

export type Logger = (message: string, error: unknown) => void;

export function dispatch(
  handlers: StoreHandlers,
  op: unknown,
  rawInput: unknown,
  log: Logger = () => {},
): WireResult {
  if (!isOp(op)) {
    return fail(
      new MaillageError('unknown_operation', `Unknown operation ${String(op).slice(0, 60)}`),
    );
  }
  const parsed = contract[op].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return fail(
      new MaillageError(
        'invalid_input',
        `Invalid input for ${op}`,
        fieldIssuesFromZod(parsed.error, rawInput),
      ),
    );
  }
  try {
    const handler = handlers[op] as (input: unknown) => unknown;
    return { ok: true, value: handler(parsed.data) };
  } catch (error) {
    if (error instanceof MaillageError) return fail(error);
    log(`Operation ${op} failed`, error);
    return fail(new MaillageError('internal', 'The operation failed; nothing was changed.'));
  }
}

function fail(error: MaillageError): WireResult {
  return { ok: false, error: error.toValue() };
}

export type { Op };
