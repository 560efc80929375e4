// A MaillageApi for tests: real validation (shared dispatch) in front of the handlers a test
// supplies, and a record of every call. A missing handler answers 'internal', as a crash would.
import { createClient } from '../../shared/api/client';
import type { MaillageApi, Op, StoreHandlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';

export interface Call {
  op: Op;
  input: unknown;
}

export function fakeApi(handlers: Partial<StoreHandlers>): { api: MaillageApi; calls: Call[] } {
  const calls: Call[] = [];
  const api = createClient(async (op, input) => {
    calls.push({ op, input: structuredClone(input) });
    // Values cross a boundary: a copy, as IPC or JSON would make.
    return structuredClone(dispatch(handlers as StoreHandlers, op, input));
  });
  return { api, calls };
}
