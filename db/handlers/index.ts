// The store's implementation of the API contract: each operation composes repositories inside
// one transaction. Input arrives validated by dispatch (shared/api/dispatch.ts).
import type { StoreHandlers } from '../../shared/api/contract';
import { STORE_OPS } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import { toStoreError } from '../errors';
import type { Repositories } from '../repositories';
import type { Db } from '../sqlite';
import { actorHandlers } from './actors';
import { caseHandlers } from './cases';
import { createContext, type ContextOptions } from './context';
import { directoryHandlers } from './directory';
import { mapHandlers } from './map';
import { partnershipHandlers } from './partnerships';
import { protectionHandlers } from './protection';
import { snapshotHandlers } from './snapshots';
import { tieHandlers } from './ties';
import { wishedHandlers } from './wished';

export function createHandlers(
  db: Db,
  repos: Repositories,
  options: ContextOptions,
): StoreHandlers {
  const ctx = createContext(db, repos, options);
  const handlers: StoreHandlers = {
    ...caseHandlers(ctx),
    ...mapHandlers(ctx),
    ...actorHandlers(ctx),
    ...tieHandlers(ctx),
    ...wishedHandlers(ctx),
    ...protectionHandlers(ctx),
    ...directoryHandlers(ctx),
    ...partnershipHandlers(ctx),
    ...snapshotHandlers(ctx),
  };
  return guard(db, handlers);
}

/** Every handler refuses to run on a closed store and reports driver failures as typed errors. */
function guard(db: Db, handlers: StoreHandlers): StoreHandlers {
  const guarded = {} as Record<string, (input: unknown) => unknown>;
  for (const op of STORE_OPS) {
    const handler = handlers[op] as (input: unknown) => unknown;
    guarded[op] = (input) => {
      if (!db.open) throw new MaillageError('db_unavailable', 'The store is closed.');
      try {
        return handler(input);
      } catch (error) {
        throw toStoreError(error);
      }
    };
  }
  return guarded as StoreHandlers;
}
