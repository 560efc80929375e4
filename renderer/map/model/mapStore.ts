// The loaded map and every way to change it. For the views and the other helpers:
//
//   store.edit(gesture, { mergeKey?, undoable? }) → Change | null
//       THE entry point. One user gesture (a whole drag, a drop on a ring that moves a node AND
//       changes its tie's closeness, a quick add...) = one call = one undo step = one
//       `map.applyEdits` transaction. See gesture.ts for the Gesture shape (addActors,
//       patchActors, removeActors, addTies, patchTies, removeTies, placements). The model
//       changes at once (optimistic); the autosave queue sends the edits in order. A bad
//       gesture throws MaillageError (invalid_input / not_found / conflict) and changes nothing.
//       `mergeKey`: successive edits with the same key (typing in one field) form one step.
//   Shorthands, each one gesture: addActor(fields, egoTie, position?) → id, updateActor,
//       removeActor (its ties come back on undo), addTie → id, updateTie, removeTie,
//       place(placements) (a drag: one step however many nodes moved).
//   undo() / redo() → boolean; getHistory / subscribeHistory (useHistory in useMapData.ts).
//   getSaveStatus / subscribeSave (useSaveStatus), retrySave(), whenSaved(), discardUnsaved().
//   slotFor(sphere, closeness) → where a new actor would appear.
//   setLayout({ follow, slot }): the map's layout (renderer/map/layout/) plugs in here.
//       `follow(before, after)` gives the positions that follow a field edit (an actor whose
//       sphere or closeness changed moves to its new ring and sector); they are folded into
//       the same gesture (one undo step, one transaction) unless the gesture placed the actor
//       itself. `slot(data, sphere, closeness)` gives a new actor's position.
//
// The person at the centre is never edited through gestures: updateCase(patch) changes the
// case's record (pseudonym, birth year, referent), as one undo step sent as `cases.update`.
//
// `readOnly` (an option, for the life of the store): names are hidden (the pseudonymisation
// switch), so the map shown holds labels that must never be written back. Every change (edit,
// the shorthands, updateCase, undo, redo) then throws MaillageError 'pseudonymised' before
// anything changes, locally or in the save queue. Only placeUnplaced still gives positions to
// unplaced actors, for the screen alone (not saved, not undoable): the next load with names
// shown places and saves them.
import { CasePatch, type Input, type MaillageApi } from '../../../shared/api/contract';
import { fieldIssuesFromZod, MaillageError } from '../../../shared/errors';
import type { ActorFields, MapData, Placement, TieFields } from '../../../shared/model';
import {
  applyChange,
  caseFieldsOf,
  diffMaps,
  editsFor,
  hasMapEdits,
  isEmptyChange,
  withCaseFields,
  type Change,
  type Direction,
} from './change';
import { applyGesture, type ActorDraft, type Gesture, type TieDraft } from './gesture';
import { History, type HistoryState } from './history';
import { egoOf, withPlacements } from './mapModel';
import { initialPosition, placeMissing, type Point } from './placement';
import { SaveQueue, type SaveQueueOptions, type SaveStatus } from './saveQueue';

export type NewActor = Pick<ActorFields, 'kind' | 'name' | 'roleLabel' | 'sphere' | 'domain'> &
  Partial<Pick<ActorFields, 'notes' | 'placedBy'>>;
/** The tie to the person created with a new actor, in the same transaction. */
export type EgoTie = Partial<TieFields> & Pick<TieFields, 'closeness'>;
export type NewTie = Omit<TieDraft, 'id'>;
export type { Gesture } from './gesture';

export interface EditOptions {
  /** Edits sharing this key in a row are one undo step (one field's typing session). */
  mergeKey?: string;
  /** False for automatic edits the user did not make (first placement of a loaded map). */
  undoable?: boolean;
}

export interface MapLayout {
  follow?: (before: MapData, after: MapData) => Placement[];
  slot?: (data: MapData, sphere: NewActor['sphere'], closeness: number | null) => Point;
}

export interface MapStoreOptions extends SaveQueueOptions {
  newId?: () => string;
  now?: () => string;
  layout?: MapLayout;
  /** Names are hidden: the map is shown, never changed (see the top of this file). */
  readOnly?: boolean;
}

/** What the autosave queue sends: a map's edits, or a change of the case's record. */
export type SaveItem =
  | { op: 'map.applyEdits'; input: Input<'map.applyEdits'> }
  | { op: 'cases.update'; input: Input<'cases.update'> };

export class MapStore {
  private data: MapData;
  private readonly listeners = new Set<() => void>();
  private readonly historyListeners = new Set<() => void>();
  private readonly history = new History();
  private readonly saves: SaveQueue<SaveItem>;
  private readonly newId: () => string;
  private readonly now: () => string;
  private layout: MapLayout;
  /** Names are hidden: every change is refused before it happens. */
  readonly readOnly: boolean;

  constructor(
    private readonly api: MaillageApi,
    initial: MapData,
    options: MapStoreOptions | (() => string) = {},
  ) {
    const opts = typeof options === 'function' ? { newId: options } : options;
    this.data = initial;
    this.newId = opts.newId ?? (() => crypto.randomUUID());
    this.now = opts.now ?? (() => new Date().toISOString());
    this.layout = opts.layout ?? {};
    this.readOnly = opts.readOnly ?? false;
    this.saves = new SaveQueue(
      (item) =>
        item.op === 'map.applyEdits'
          ? this.api['map.applyEdits'](item.input)
          : this.api['cases.update'](item.input),
      opts,
    );
  }

  get mapId(): string {
    return this.data.map.id;
  }

  getSnapshot = (): MapData => this.data;

  setLayout(layout: MapLayout): void {
    this.layout = layout;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getHistory = (): HistoryState => this.history.getState();

  subscribeHistory = (listener: () => void): (() => void) => {
    this.historyListeners.add(listener);
    return () => this.historyListeners.delete(listener);
  };

  getSaveStatus = (): SaveStatus => this.saves.getStatus();
  subscribeSave = (listener: () => void): (() => void) => this.saves.subscribe(listener);
  retrySave = (): void => this.saves.retry();
  whenSaved = (): Promise<void> => this.saves.whenSaved();

  /** Forgets the edits the store keeps refusing and shows the map as the store has it. */
  async discardUnsaved(): Promise<void> {
    this.saves.discard();
    await this.reload();
  }

  private set(data: MapData): void {
    this.data = data;
    for (const listener of this.listeners) listener();
  }

  private notifyHistory(): void {
    for (const listener of this.historyListeners) listener();
  }

  /** Refuses a change while names are hidden, before anything is touched. */
  private assertWritable(): void {
    if (this.readOnly)
      throw new MaillageError('pseudonymised', 'The map cannot be changed while names are hidden.');
  }

  /** Applies one gesture: the model at once, the store through the queue, one undo step. */
  edit(gesture: Gesture, options: EditOptions = {}): Change | null {
    this.assertWritable();
    let next = applyGesture(this.data, gesture, { newId: this.newId, now: this.now });
    const placed = new Set((gesture.placements ?? []).map((p) => p.actorId));
    const follow = (this.layout.follow?.(this.data, next) ?? []).filter(
      (p) => !placed.has(p.actorId),
    );
    if (follow.length > 0) next = withPlacements(next, follow);
    return this.record(diffMaps(this.data, next), options);
  }

  private record(change: Change, options: EditOptions): Change | null {
    if (isEmptyChange(change)) return null;
    this.commit(change, 'forward');
    if (options.undoable !== false) {
      this.history.record(change, options.mergeKey ?? null);
      this.notifyHistory();
    }
    return change;
  }

  /** Ends a merge session (a field lost focus): the next edit starts a new undo step. */
  sealStep(): void {
    this.history.seal();
  }

  undo(): boolean {
    this.assertWritable();
    const change = this.history.takeUndo();
    if (!change) return false;
    this.commit(change, 'backward');
    this.notifyHistory();
    return true;
  }

  redo(): boolean {
    this.assertWritable();
    const change = this.history.takeRedo();
    if (!change) return false;
    this.commit(change, 'forward');
    this.notifyHistory();
    return true;
  }

  private commit(change: Change, direction: Direction): void {
    this.set(applyChange(this.data, change, direction));
    if (change.caseRecord) {
      const patch = direction === 'forward' ? change.caseRecord.after : change.caseRecord.before;
      this.saves.push({ op: 'cases.update', input: { id: this.data.case.id, patch } });
    }
    if (hasMapEdits(change))
      this.saves.push({ op: 'map.applyEdits', input: editsFor(this.mapId, change, direction) });
  }

  /** Gives a position to every actor that has none (maps made elsewhere, or older data). */
  placeUnplaced(): void {
    const missing = placeMissing(this.data);
    if (missing.length === 0) return;
    // Names hidden: positions for the screen only (nothing to save, nothing to undo).
    if (this.readOnly) this.set(withPlacements(this.data, missing));
    else this.edit({ placements: missing }, { undoable: false });
  }

  /** The slot a new actor of this sphere would take, given its tie to the person. */
  slotFor(sphere: NewActor['sphere'], closeness: number | null): Point {
    if (this.layout.slot) return this.layout.slot(this.data, sphere, closeness);
    const ego = egoOf(this.data);
    const egoAt = this.data.placements.find((p) => p.actorId === ego?.id) ?? { x: 0, y: 0 };
    return initialPosition(sphere, closeness, egoAt, this.data.placements);
  }

  /** A new actor, its tie to the person (when given) and its position: one gesture. */
  addActor(fields: NewActor, egoTie: EgoTie | null, position?: Point): string {
    this.assertWritable();
    const ego = egoOf(this.data);
    const id = this.newId();
    const at = position ?? this.slotFor(fields.sphere, egoTie ? egoTie.closeness : null);
    const draft: ActorDraft = { ...fields, id };
    this.edit({
      addActors: [draft],
      addTies: egoTie && ego ? [{ ...egoTie, sourceId: ego.id, targetId: id }] : [],
      placements: [{ actorId: id, x: Math.round(at.x), y: Math.round(at.y) }],
    });
    return id;
  }

  updateActor(id: string, patch: Partial<ActorFields>, options?: EditOptions): void {
    this.edit({ patchActors: [{ id, patch }] }, options);
  }

  removeActor(id: string): void {
    this.edit({ removeActors: [id] });
  }

  addTie(fields: NewTie): string {
    this.assertWritable();
    const id = this.newId();
    this.edit({ addTies: [{ ...fields, id }] });
    return id;
  }

  updateTie(id: string, patch: Partial<TieFields>, options?: EditOptions): void {
    this.edit({ patchTies: [{ id, patch }] }, options);
  }

  removeTie(id: string): void {
    this.edit({ removeTies: [id] });
  }

  /** New positions (a drag, however many nodes moved): one step. */
  place(placements: Placement[]): void {
    this.edit({ placements });
  }

  /** The case's record, as one undo step; the person at the centre takes the new pseudonym. */
  updateCase(patch: Input<'cases.update'>['patch'], options: EditOptions = {}): void {
    this.assertWritable();
    const parsed = CasePatch.safeParse(patch);
    if (!parsed.success) {
      const issues = fieldIssuesFromZod(parsed.error, patch);
      throw new MaillageError('invalid_input', 'The case record has invalid fields.', issues);
    }
    const fields = { ...caseFieldsOf(this.data.case), ...parsed.data };
    this.record(diffMaps(this.data, withCaseFields(this.data, fields)), options);
  }

  /** The map as the store has it; only when nothing is waiting to be saved. */
  async reload(): Promise<void> {
    await this.saves.whenSaved();
    const data = await this.api['map.load']({
      caseId: this.data.case.id,
      kind: this.data.map.kind,
    });
    this.set(data);
  }

  /** The screen is gone: no more notifications, but unsaved edits are still sent. */
  dispose(): void {
    this.listeners.clear();
    this.historyListeners.clear();
    this.saves.dispose();
  }
}
