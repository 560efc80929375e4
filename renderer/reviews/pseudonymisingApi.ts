// The API as the screens see it while names are hidden: every answer that could carry a name
// is pseudonymised before it leaves this file, so no view ever holds a real name, whatever it
// renders (map labels, panels, tables, analysis, titles, exports drawn from the screen).
// Changes that would write the shown labels back over the real names (editing an actor, a tie,
// the case) are refused with 'pseudonymised'; operations this file does not know are refused
// too, so a new screen cannot leak names by accident.
// Exports (issue 8) go through, always pseudonymised by the host whatever the caller asked, and
// only the jobs started here can be followed, cancelled and downloaded; imports are refused (an
// import's preview shows the file's real names, and its case would be written from them).
import { OPS, type Input, type MaillageApi, type Op, type Output } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import type { MapData } from '../../shared/model';
import { Pseudonymiser, type PseudonymWords } from '../../shared/snapshots/pseudonymise';

/** Answers that carry no name, and calls that write none. */
const PASS_THROUGH = new Set<Op>([
  'session.status',
  'session.setup',
  'session.unlock',
  'session.lock',
  'session.changePassphrase',
  'settings.get',
  'settings.set',
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.exportTo',
  'audit.list',
  'audit.export',
  'placements.set',
  'cases.delete',
  'cases.erase',
  'actors.remove',
  'ties.remove',
  'reviews.get',
  'reviews.schedule',
]);

type Handler = (input: unknown) => Promise<unknown>;

const refused = (op: Op) =>
  new MaillageError('pseudonymised', `${op} is not available while names are hidden.`);

export function pseudonymisingApi(api: MaillageApi, words: PseudonymWords): MaillageApi {
  const names = new Pseudonymiser(words);
  let casesKnown: Promise<void> | null = null;
  const casesReady = new Map<string, Promise<void>>();

  const knowCases = () => {
    casesKnown ??= api['cases.list']({}).then((list) => names.registerCases(list));
    return casesKnown;
  };
  /** Learns every map of the case once (current, wished, snapshots): stable labels everywhere. */
  const knowCase = (caseId: string) => {
    let ready = casesReady.get(caseId);
    if (!ready) {
      ready = (async () => {
        await knowCases();
        const maps: MapData[] = [await api['map.load']({ caseId })];
        const wished = await api['map.load']({ caseId, kind: 'wished' }).catch(() => null);
        if (wished) maps.push(wished);
        for (const summary of await api['snapshots.list']({ caseId })) {
          maps.push((await api['snapshots.get']({ id: summary.id })).data);
        }
        names.registerMaps(caseId, maps);
      })();
      // A failure is not remembered: the next call tries again.
      ready.catch(() => casesReady.delete(caseId));
      casesReady.set(caseId, ready);
    }
    return ready;
  };

  const shownMap = async (data: MapData) => {
    await knowCase(data.case.id);
    return names.map(data);
  };

  const transform: Partial<Record<Op, (output: unknown, input: unknown) => Promise<unknown>>> = {
    'cases.list': async (output) => {
      const list = output as Output<'cases.list'>;
      await knowCases();
      names.registerCases(list);
      return list.map((summary) => names.caseRecord(summary));
    },
    'map.load': (output) => shownMap(output as MapData),
    'map.startFromSnapshot': (output) => shownMap(output as MapData),
    'snapshots.take': async (output) => {
      const summary = output as Output<'snapshots.take'>;
      await knowCase(summary.caseId);
      return { ...summary, label: names.text(summary.label) };
    },
    'snapshots.list': async (output, input) => {
      await knowCase((input as { caseId: string }).caseId);
      return (output as Output<'snapshots.list'>).map((s) => ({
        ...s,
        label: names.text(s.label),
      }));
    },
    'snapshots.get': async (output) => {
      const snapshot = output as Output<'snapshots.get'>;
      await knowCase(snapshot.caseId);
      return { ...snapshot, label: names.text(snapshot.label), data: names.map(snapshot.data) };
    },
    // Meeting notes are free text about people: hidden, not rewritten.
    'snapshots.notes': async () => [],
    'retention.list': async (output) => {
      await knowCases();
      return (output as Output<'retention.list'>).map((r) => ({
        ...r,
        pseudonym: names.caseLabel({ id: r.caseId, pseudonym: r.pseudonym, referent: '' }),
      }));
    },
    'cases.close': async (output) => {
      const retention = output as Output<'cases.close'>;
      if (retention === null) return null;
      await knowCases();
      return {
        ...retention,
        pseudonym: names.caseLabel({
          id: retention.caseId,
          pseudonym: retention.pseudonym,
          referent: '',
        }),
      };
    },
  };

  // The export jobs started through this API: any other job (an import's) is not ours to show.
  const exportJobs = new Set<string>();
  const ownJob =
    (op: Op): Handler =>
    async (input) => {
      const jobId = (input as { jobId?: unknown } | null | undefined)?.jobId;
      if (typeof jobId !== 'string' || !exportJobs.has(jobId)) throw refused(op);
      return (api[op] as Handler)(input);
    };
  const replace: Partial<Record<Op, Handler>> = {
    'exchange.exportStart': async (input) => {
      const asked = input as Input<'exchange.exportStart'>;
      const started = await api['exchange.exportStart']({ ...asked, pseudonymise: true });
      exportJobs.add(started.jobId);
      return started;
    },
    'exchange.job': ownJob('exchange.job'),
    'exchange.cancel': ownJob('exchange.cancel'),
    'exchange.download': ownJob('exchange.download'),
  };

  const wrapped = {} as Record<Op, Handler>;
  for (const op of OPS) {
    const call = api[op] as Handler;
    const change = transform[op];
    wrapped[op] =
      replace[op] ??
      (PASS_THROUGH.has(op)
        ? call
        : change
          ? async (input) => change(await call(input), input)
          : async () => {
              throw refused(op);
            });
  }
  return wrapped as unknown as MaillageApi;
}
