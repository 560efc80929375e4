// The worker's protocol from both ends: the host checks requests and answers with typed replies;
// the client checks replies, drops those about older maps, and cancels (politely, then by force).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KNOWN_IDS, knownMap } from '../testing/knownNetwork';
import { inProcessWorkers } from '../testing/inProcessWorker';
import {
  AnalysisClient,
  ChainsError,
  type AnalysisEvents,
  type WorkerLike,
} from './analysisClient';
import { AnalysisSession } from './analysisSession';
import { WorkerReply, WorkerRequest } from './protocol';
import { createAnalysisHost } from './workerHost';

const map = () => {
  const { actors, ties } = knownMap();
  return { actors, ties };
};

function recorder() {
  const log: string[] = [];
  const events: AnalysisEvents = {
    onProgress: (version, phase) => log.push(`progress ${version} ${phase}`),
    onResult: (version) => log.push(`result ${version}`),
    onCancelled: (version) => log.push(`cancelled ${version}`),
    onError: (version, message) => log.push(`error ${version} ${message}`),
  };
  return { log, events };
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

afterEach(() => vi.useRealTimers());

describe('the worker host', () => {
  it('rejects a malformed request with a typed error and computes nothing', async () => {
    const replies: WorkerReply[] = [];
    const host = createAnalysisHost((reply) => replies.push(reply));
    host.receive({ type: 'analyse', version: 3, actors: 'not a list', ties: [] });
    host.receive({ type: 'explode' });
    await host.idle();
    expect(replies.map((r) => [r.type, r.version, r.type === 'error' && r.code])).toEqual([
      ['error', 3, 'invalid_input'],
      ['error', 0, 'invalid_input'],
    ]);
  });

  it('answers an analysis with progress, then a result that passes the schema', async () => {
    const replies: WorkerReply[] = [];
    const host = createAnalysisHost((reply) => replies.push(reply));
    host.receive({ type: 'analyse', version: 1, ...map() });
    await host.idle();
    expect(replies.every((r) => WorkerReply.safeParse(r).success)).toBe(true);
    expect(replies.at(-1)?.type).toBe('result');
    expect(replies.filter((r) => r.type === 'progress').length).toBeGreaterThan(5);
  });

  it('skips an analysis a newer map made useless, and answers chains about the newest', async () => {
    const replies: WorkerReply[] = [];
    const host = createAnalysisHost((reply) => replies.push(reply));
    host.receive({ type: 'analyse', version: 1, ...map() });
    host.receive({ type: 'analyse', version: 2, ...map() });
    host.receive({
      type: 'chains',
      version: 2,
      request: 0,
      target: { kind: 'actor', id: KNOWN_IDS.actor.college },
    });
    host.receive({
      type: 'chains',
      version: 1,
      request: 1,
      target: { kind: 'actor', id: KNOWN_IDS.actor.college },
    });
    await host.idle();
    const ends = replies.filter((r) => r.type !== 'progress').map((r) => `${r.type} ${r.version}`);
    expect(ends).toEqual(['cancelled 1', 'result 2', 'chains 2', 'error 1']);
    const chains = replies.find((r) => r.type === 'chains');
    expect(chains?.type === 'chains' && chains.result.distance).toBe(3);
  });

  it('validates its own request shapes', () => {
    expect(WorkerRequest.safeParse({ type: 'cancel', version: -1 }).success).toBe(false);
    expect(
      WorkerRequest.safeParse({ type: 'chains', version: 0, request: 0, target: { kind: 'x' } })
        .success,
    ).toBe(false);
  });
});

describe('the client', () => {
  it('forwards the result of the version asked for', async () => {
    const workers = inProcessWorkers();
    const { log, events } = recorder();
    const client = new AnalysisClient(workers.factory, events);
    client.analyse(4, map());
    await until(() => log.includes('result 4'));
    expect(log.filter((line) => line.startsWith('progress 4')).length).toBeGreaterThan(0);
    const chains = await client.chains(4, { kind: 'domain', domain: 'child_welfare' });
    expect(chains.paths).toEqual([
      [KNOWN_IDS.actor.lina, KNOWN_IDS.actor.samia, KNOWN_IDS.actor.ase],
    ]);
    await expect(client.chains(9, { kind: 'domain', domain: 'school' })).rejects.toEqual(
      new ChainsError('stale'),
    );
    client.dispose();
  });

  it('drops replies about an older map', async () => {
    const workers = inProcessWorkers();
    const { log, events } = recorder();
    const client = new AnalysisClient(workers.factory, events);
    client.analyse(1, map());
    client.analyse(2, map());
    await until(() => log.includes('result 2'));
    expect(log.some((line) => line.endsWith(' 1') || line.includes(' 1 '))).toBe(false);
    client.dispose();
  });

  it('reports a reply that breaks the protocol instead of using it', () => {
    let worker: WorkerLike | null = null;
    const { log, events } = recorder();
    const client = new AnalysisClient(() => {
      worker = { postMessage: () => {}, terminate: () => {}, onmessage: null, onerror: null };
      return worker;
    }, events);
    client.analyse(1, map());
    (worker as WorkerLike | null)?.onmessage?.({
      data: { type: 'result', version: 1, result: { findings: 'nope' } },
    });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^error 1 /);
  });

  it('cancels politely: the worker stops and says so', async () => {
    const workers = inProcessWorkers();
    const { log, events } = recorder();
    const client = new AnalysisClient(workers.factory, events);
    client.analyse(1, map());
    client.cancel();
    await until(() => log.includes('cancelled 1'));
    expect(log).not.toContain('result 1');
    expect(workers.created[0]?.terminated).toBe(false);
    client.dispose();
  });

  it('terminates a worker that does not answer a cancel in time, and starts a fresh one', () => {
    vi.useFakeTimers();
    const posted: unknown[] = [];
    const made: Array<WorkerLike & { terminated: boolean }> = [];
    const { log, events } = recorder();
    const client = new AnalysisClient(
      () => {
        const worker = {
          terminated: false,
          postMessage: (m: unknown) => posted.push(m),
          terminate: () => (worker.terminated = true),
          onmessage: null,
          onerror: null,
        };
        made.push(worker);
        return worker;
      },
      events,
      500,
    );
    client.analyse(1, map());
    client.cancel();
    expect(posted.at(-1)).toEqual({ type: 'cancel', version: 1 });
    vi.advanceTimersByTime(499);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['cancelled 1']);
    expect(made[0]?.terminated).toBe(true);
    client.analyse(2, map());
    expect(made).toHaveLength(2);
  });
});

describe('the session', () => {
  it('waits for a pause in the edits, then analyses only the last map', async () => {
    vi.useFakeTimers();
    const workers = inProcessWorkers();
    const session = new AnalysisSession(workers.factory, 300);
    session.update(map());
    await vi.runAllTimersAsync();
    expect(session.getSnapshot()).toMatchObject({ status: 'done', resultVersion: 0 });
    const edited = map();
    session.update({ ...edited, ties: edited.ties.slice(0, 3) });
    session.update({ ...edited, ties: edited.ties.slice(0, 2) });
    // The figures on screen stay, marked as waiting for the new map.
    expect(session.getSnapshot()).toMatchObject({
      status: 'waiting',
      version: 2,
      resultVersion: 0,
    });
    await vi.advanceTimersByTimeAsync(299);
    expect(workers.created[0]?.replies.filter((r) => r.type === 'result')).toHaveLength(1);
    await vi.runAllTimersAsync();
    expect(session.getSnapshot()).toMatchObject({ status: 'done', resultVersion: 2 });
    expect(session.getSnapshot().result?.ties.ids).toHaveLength(2);
    const results = workers.created[0]?.replies.filter((r) => r.type === 'result');
    expect(results?.map((r) => r.version)).toEqual([0, 2]);
    session.dispose();
  });
});
