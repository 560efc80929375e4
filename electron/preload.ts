// Runs sandboxed, before the page: exposes `window.maillage.invoke(op, input)` and nothing else.
// Only 'electron' may be required at run time, and the preload runs on every page load, so it
// imports types only from shared/: pulling in the contract would bundle all of zod with it.
import { contextBridge, ipcRenderer } from 'electron';
import type { Op } from '../shared/api/contract';
import type { ErrorCode, WireResult } from '../shared/errors';
import { API_CHANNEL } from './app-origin';

/** Every operation of the contract: the type makes tsc fail when one is missing or extra. */
const KNOWN_OPS: Readonly<Record<Op, true>> = {
  'cases.list': true,
  'cases.create': true,
  'cases.update': true,
  'cases.delete': true,
  'map.load': true,
  'actors.add': true,
  'actors.update': true,
  'actors.remove': true,
  'ties.add': true,
  'ties.update': true,
  'ties.remove': true,
  'placements.set': true,
  'map.applyEdits': true,
  'map.createWished': true,
  'session.status': true,
  'session.setup': true,
  'session.unlock': true,
  'session.lock': true,
  'session.changePassphrase': true,
  'settings.get': true,
  'settings.set': true,
  'backups.list': true,
  'backups.create': true,
  'backups.restore': true,
  'backups.exportTo': true,
  'audit.list': true,
  'audit.export': true,
  'cases.close': true,
  'retention.list': true,
  'cases.erase': true,
  'snapshots.take': true,
  'snapshots.list': true,
  'snapshots.get': true,
  'snapshots.addNote': true,
  'snapshots.notes': true,
  'reviews.get': true,
  'reviews.schedule': true,
  'map.startFromSnapshot': true,
  // Issue 7: the address book and partnerships.
  'directory.list': true,
  'directory.search': true,
  'directory.similar': true,
  'directory.create': true,
  'directory.update': true,
  'directory.usage': true,
  'directory.delete': true,
  'actors.linkDirectory': true,
  'actors.directoryLink': true,
  'directory.linksOfMap': true,
  'partnerships.list': true,
  'partnerships.get': true,
  'partnerships.create': true,
  'partnerships.update': true,
  'partnerships.end': true,
  'partnerships.delete': true,
  'partnerships.setStep': true,
  'partnerships.addEvaluation': true,
  'evaluations.due': true,
  'network.service': true,
  // Issue 8: export and import.
  'exchange.exportStart': true,
  'exchange.uploadStart': true,
  'exchange.uploadChunk': true,
  'exchange.importStart': true,
  'exchange.importConfirm': true,
  'exchange.job': true,
  'exchange.cancel': true,
  'exchange.download': true,
};

function isKnownOp(op: unknown): op is Op {
  return typeof op === 'string' && Object.prototype.hasOwnProperty.call(KNOWN_OPS, op);
}

function failure(code: ErrorCode, message: string): WireResult {
  return { ok: false, error: { code, message } };
}

async function invoke(op: string, input: unknown): Promise<WireResult> {
  // Unknown names never reach the main process.
  if (!isKnownOp(op))
    return failure('unknown_operation', `Unknown operation ${String(op).slice(0, 60)}`);
  try {
    return (await ipcRenderer.invoke(API_CHANNEL, op, input)) as WireResult;
  } catch {
    // IPC itself failed (no handler yet, uncloneable input): still a value the client can show.
    return failure('internal', `The call to ${op} could not be delivered`);
  }
}

contextBridge.exposeInMainWorld('maillage', { invoke });
