// What a table column is (header, sort value, display, optional editor) and how rows sort.
import type { Option } from '../../forms/fields';

export type CellEdit =
  | {
      kind: 'text';
      value: string;
      /** Saves the value; returns an error message key, or null when accepted. */
      commit: (value: string) => string | null;
    }
  | {
      kind: 'select';
      value: string;
      options: readonly Option<string>[];
      commit: (value: string) => string | null;
    };

export interface Column<Row> {
  id: string;
  header: string;
  /** What the column sorts by. */
  sortValue: (row: Row) => string | number;
  display: (row: Row) => string;
  /** How the cell is edited, when it can be. */
  edit?: (row: Row) => CellEdit | undefined;
}

export type SortState = { col: string; dir: 'asc' | 'desc' } | null;

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function sortRows<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  sort: SortState,
): readonly Row[] {
  const column = sort && columns.find((c) => c.id === sort.col);
  if (!sort || !column) return rows;
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.sortValue(a);
    const y = column.sortValue(b);
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    return sign * order;
  });
}
