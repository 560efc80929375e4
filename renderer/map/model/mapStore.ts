// The loaded map and the calls that change it. Views read snapshots (useSyncExternalStore) and
// call these methods; the model changes only once the store confirms, except positions, which
// the canvas already shows and which are put back if saving them fails.
import type { Input, MaillageApi } from '../../../shared/api/contract';
import {
  ACTOR_DEFAULTS,
  TIE_DEFAULTS,
  type Actor,
  type ActorFields,
  type MapData,
  type Placement,
  type Tie,
  type TieFields,
} from '../../../shared/model';
import {
  egoOf,
  placementsOf,
  withActor,
  withoutActor,
  withoutTie,
  withPlacements,
  withPlacementsRestored,
  withTie,
} from './mapModel';
import { initialPosition, placeMissing, type Point } from './placement';

export type NewActor = Pick<ActorFields, 'kind' | 'name' | 'roleLabel' | 'sphere' | 'domain'>;
/** The tie to the person created with a new actor, in the same transaction. */
export type EgoTie = Pick<TieFields, 'closeness' | 'valence'>;
export type NewTie = Omit<Input<'ties.add'>, 'id' | 'mapId'>;

export class MapStore {
  private data: MapData;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly api: MaillageApi,
    initial: MapData,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {
    this.data = initial;
  }

  get mapId(): string {
    return this.data.map.id;
  }

  getSnapshot = (): MapData => this.data;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(data: MapData): void {
    this.data = data;
    for (const listener of this.listeners) listener();
  }

  /** Gives a position to every actor that has none (maps made elsewhere, or older data). */
  async placeUnplaced(): Promise<void> {
    const missing = placeMissing(this.data);
    if (missing.length > 0) await this.place(missing);
  }

  /** The slot a new actor of this sphere would take, given its tie to the person. */
  slotFor(sphere: NewActor['sphere'], closeness: number | null): Point {
    const ego = egoOf(this.data);
    const egoAt = this.data.placements.find((p) => p.actorId === ego?.id) ?? { x: 0, y: 0 };
    return initialPosition(sphere, closeness, egoAt, this.data.placements);
  }

  async addActor(fields: NewActor, egoTie: EgoTie | null): Promise<string> {
    const ego = egoOf(this.data);
    const id = this.newId();
    const position = this.slotFor(fields.sphere, egoTie ? egoTie.closeness : null);
    if (!egoTie || !ego) {
      const added = await this.api['actors.add']({ ...fields, id, mapId: this.mapId, position });
      this.set(withActor(this.data, added.actor, added.placement));
      return id;
    }
    // The actor, its tie to the person and its position are one gesture: one transaction.
    await this.api['map.applyEdits']({
      mapId: this.mapId,
      upsertActors: [{ ...ACTOR_DEFAULTS, ...fields, id }],
      upsertTies: [
        { ...TIE_DEFAULTS, ...egoTie, id: this.newId(), sourceId: ego.id, targetId: id },
      ],
      placements: [{ actorId: id, ...position }],
    });
    await this.reload();
    return id;
  }

  async updateActor(id: string, patch: Partial<ActorFields>): Promise<Actor> {
    const actor = await this.api['actors.update']({ id, patch });
    this.set(withActor(this.data, actor));
    return actor;
  }

  async removeActor(id: string): Promise<void> {
    await this.api['actors.remove']({ id });
    this.set(withoutActor(this.data, id));
  }

  async addTie(fields: NewTie): Promise<Tie> {
    const tie = await this.api['ties.add']({ ...fields, id: this.newId(), mapId: this.mapId });
    this.set(withTie(this.data, tie));
    return tie;
  }

  async updateTie(id: string, patch: Partial<TieFields>): Promise<Tie> {
    const tie = await this.api['ties.update']({ id, patch });
    this.set(withTie(this.data, tie));
    return tie;
  }

  async removeTie(id: string): Promise<void> {
    await this.api['ties.remove']({ id });
    this.set(withoutTie(this.data, id));
  }

  /** Saves positions in one call; on failure the actors go back where they were. */
  async place(placements: Placement[]): Promise<void> {
    const ids = placements.map((placement) => placement.actorId);
    const previous = placementsOf(this.data, ids);
    this.set(withPlacements(this.data, placements));
    try {
      await this.api['placements.set']({ mapId: this.mapId, placements });
    } catch (error) {
      this.set(withPlacementsRestored(this.data, ids, previous));
      throw error;
    }
  }

  /** The case's record; the person at the centre takes the new pseudonym. */
  async updateCase(patch: Input<'cases.update'>['patch']): Promise<void> {
    await this.api['cases.update']({ id: this.data.case.id, patch });
    await this.reload();
  }

  async reload(): Promise<void> {
    const data = await this.api['map.load']({
      caseId: this.data.case.id,
      kind: this.data.map.kind,
    });
    this.set(data);
  }
}
