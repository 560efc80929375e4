// The calling side of the contract: a typed MaillageApi over any transport (IPC or HTTP).
// Failures arrive as values and are rethrown as MaillageError so callers can show them.
import { MaillageError, WireResult } from '../errors';
import { OPS, type MaillageApi, type Op } from './contract';

export type Transport = (op: Op, input: unknown) => Promise<unknown>;

export function createClient(transport: Transport): MaillageApi {
  const api = {} as Record<Op, (input: unknown) => Promise<unknown>>;
  for (const op of OPS) {
    api[op] = async (input: unknown) => {
      const raw = await transport(op, input);
      const result = WireResult.safeParse(raw);
      if (!result.success) throw new MaillageError('internal', `Malformed answer to ${op}`);
      if (!result.data.ok) {
        const { code, message, fields } = result.data.error;
        throw new MaillageError(code, message, fields);
      }
      return result.data.value;
    };
  }
  return api as unknown as MaillageApi;
}
