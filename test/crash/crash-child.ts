// The child of the crash test: opens the real encrypted store, then applies edits one after the
// other, each one gesture of several rows (an actor, its tie to the person at the centre and its
// placement) in one transaction, and prints "ack <n>" once each has committed. The parent kills
// it with SIGKILL at a random moment.
//   node --import tsx test/crash/crash-child.ts <database file>   (key in MAILLAGE_CRASH_KEY)
import { writeSync } from 'node:fs';
import { openStore } from '../../db/index';
import { call } from '../../db/testing';
import { crashActorId, crashTieId } from './crash-ids';

const [file] = process.argv.slice(2);
const keyHex = process.env.MAILLAGE_CRASH_KEY ?? '';
if (!file || !/^[0-9a-f]{64}$/.test(keyHex)) {
  process.stderr.write('usage: crash-child.ts <file> with MAILLAGE_CRASH_KEY=<64 hex>\n');
  process.exit(2);
}

const store = openStore(file, { key: Buffer.from(keyHex, 'hex') });
let [summary] = call(store.handlers, 'cases.list', {});
summary ??= call(store.handlers, 'cases.create', { pseudonym: 'Crash', referent: '' });
const map = call(store.handlers, 'map.load', { caseId: summary.id });
const ego = map.actors.find((a) => a.isEgo);
if (!ego) throw new Error('a case has its person at the centre');
// Edits carry on from what the file holds: the parent counts them.
let next = map.actors.length - 1;
writeSync(1, `ready ${next}\n`);
for (;;) {
  const n = next;
  call(store.handlers, 'map.applyEdits', {
    mapId: summary.currentMapId,
    upsertActors: [
      {
        id: crashActorId(n),
        kind: 'person',
        name: `Acteur ${n}`,
        roleLabel: '',
        sphere: 'primary',
        domain: 'friends',
        notes: 'x'.repeat(200 + (n % 7) * 300),
        placedBy: 'educator',
      },
    ],
    upsertTies: [
      {
        id: crashTieId(n),
        sourceId: ego.id,
        targetId: crashActorId(n),
        closeness: 1 + (n % 5),
        valence: 'supportive',
        supportForward: [],
        supportBackward: [],
        frequency: null,
        knownSinceYear: null,
        critical: null,
        notes: '',
      },
    ],
    placements: [{ actorId: crashActorId(n), x: n, y: -n }],
  });
  // Written only after the commit returned: an acknowledged edit is one the UI shows as saved.
  writeSync(1, `ack ${n}\n`);
  next = n + 1;
}
