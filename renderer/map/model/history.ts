// The undo and redo stacks: one recorded Change per gesture. Edits made while typing in one
// field share a merge key, so a whole field edit is one step however many saves it took.
import { isEmptyChange, type Change, type Delta } from './change';

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** Steps that can be undone / redone. */
  undoDepth: number;
  redoDepth: number;
}

interface Step {
  change: Change;
  mergeKey: string | null;
}

/** How many steps are kept; older ones are forgotten (they stay saved). */
export const HISTORY_LIMIT = 500;

export class History {
  private done: Step[] = [];
  private undone: Step[] = [];
  private state: HistoryState = { canUndo: false, canRedo: false, undoDepth: 0, redoDepth: 0 };

  getState = (): HistoryState => this.state;

  /** Records a new gesture; a new gesture forgets what had been undone. */
  record(change: Change, mergeKey: string | null = null): void {
    const last = this.done.at(-1);
    if (mergeKey !== null && last && last.mergeKey === mergeKey && this.undone.length === 0) {
      const merged = mergeChanges(last.change, change);
      if (isEmptyChange(merged)) this.done.pop();
      else last.change = merged;
    } else {
      this.done.push({ change, mergeKey });
      if (this.done.length > HISTORY_LIMIT) this.done.shift();
    }
    this.undone = [];
    this.refresh();
  }

  /** Closes the current merge session: the next edit of the same field is a new step. */
  seal(): void {
    const last = this.done.at(-1);
    if (last) last.mergeKey = null;
  }

  takeUndo(): Change | null {
    const step = this.done.pop();
    if (!step) return null;
    step.mergeKey = null;
    this.undone.push(step);
    this.refresh();
    return step.change;
  }

  takeRedo(): Change | null {
    const step = this.undone.pop();
    if (!step) return null;
    this.done.push(step);
    this.refresh();
    return step.change;
  }

  private refresh(): void {
    this.state = {
      canUndo: this.done.length > 0,
      canRedo: this.undone.length > 0,
      undoDepth: this.done.length,
      redoDepth: this.undone.length,
    };
  }
}

function mergeCase(first: Change, second: Change): Pick<Change, 'caseRecord'> {
  const before = first.caseRecord?.before ?? second.caseRecord?.before;
  const after = second.caseRecord?.after ?? first.caseRecord?.after;
  if (!before || !after || JSON.stringify(before) === JSON.stringify(after)) return {};
  return { caseRecord: { before, after } };
}

function mergeDeltas<T>(first: readonly Delta<T>[], second: readonly Delta<T>[]): Delta<T>[] {
  const merged = new Map<string, Delta<T>>(first.map((d) => [d.id, { ...d }]));
  for (const delta of second) {
    const earlier = merged.get(delta.id);
    merged.set(delta.id, earlier ? { ...earlier, after: delta.after } : { ...delta });
  }
  return [...merged.values()].filter((d) => JSON.stringify(d.before) !== JSON.stringify(d.after));
}

/** One change doing what `first` then `second` did. */
export function mergeChanges(first: Change, second: Change): Change {
  return {
    ...mergeCase(first, second),
    actors: mergeDeltas(first.actors, second.actors),
    ties: mergeDeltas(first.ties, second.ties),
    placements: mergeDeltas(first.placements, second.placements),
  };
}
