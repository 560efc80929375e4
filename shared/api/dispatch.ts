// The receiving side of the contract, shared by Electron's IPC handler and the browser-mode
// server: validate, call the handler, and turn every outcome into a WireResult value.
// `dispatch` serves a store's synchronous handlers (tests, benchmarks); `dispatchAsync` serves
// a host's handlers, some of which wait for key derivation or files.
import { fieldIssuesFromZod, MaillageError, type WireResult } from '../errors';
import {
  contract,
  isOp,
  type ApiHandlers,
  type Op,
  type StoreHandlers,
  type StoreOp,
  STORE_OPS,
} from './contract';

const isStoreOp = (op: Op): op is StoreOp => (STORE_OPS as readonly Op[]).includes(op);

export type Logger = (message: string, error: unknown) => void;

type Prepared = { ok: true; op: Op; input: unknown } | { ok: false; result: WireResult };

function prepare(op: unknown, rawInput: unknown, served: (op: Op) => boolean): Prepared {
  if (!isOp(op) || !served(op)) {
    return {
      ok: false,
      result: fail(
        new MaillageError('unknown_operation', `Unknown operation ${String(op).slice(0, 60)}`),
      ),
    };
  }
  const parsed = contract[op].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      result: fail(
        new MaillageError(
          'invalid_input',
          `Invalid input for ${op}`,
          fieldIssuesFromZod(parsed.error, rawInput),
        ),
      ),
    };
  }
  return { ok: true, op, input: parsed.data };
}

function failed(op: Op, error: unknown, log: Logger): WireResult {
  if (error instanceof MaillageError) return fail(error);
  log(`Operation ${op} failed`, error);
  return fail(new MaillageError('internal', 'The operation failed; nothing was changed.'));
}

export function dispatch(
  handlers: StoreHandlers,
  op: unknown,
  rawInput: unknown,
  log: Logger = () => {},
): WireResult {
  const call = prepare(op, rawInput, isStoreOp);
  if (!call.ok) return call.result;
  try {
    const handler = handlers[call.op as StoreOp] as (input: unknown) => unknown;
    return { ok: true, value: handler(call.input) };
  } catch (error) {
    return failed(call.op, error, log);
  }
}

export async function dispatchAsync(
  handlers: ApiHandlers,
  op: unknown,
  rawInput: unknown,
  log: Logger = () => {},
): Promise<WireResult> {
  const call = prepare(op, rawInput, () => true);
  if (!call.ok) return call.result;
  try {
    const handler = handlers[call.op] as (input: unknown) => unknown;
    return { ok: true, value: await handler(call.input) };
  } catch (error) {
    return failed(call.op, error, log);
  }
}

function fail(error: MaillageError): WireResult {
  return { ok: false, error: error.toValue() };
}

export type { Op };
