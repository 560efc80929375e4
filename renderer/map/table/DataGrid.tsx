// A real <table> usable from the keyboard alone (the ARIA grid pattern): one tab stop, arrows
// move between cells, Enter (or F2) edits a cell, Enter again confirms, Escape cancels, Enter
// on a column heading sorts it (aria-sort). Focusing a row selects its element on the map.
// `readOnly` (names hidden): the cells are shown, none is edited.
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GridCellEditor } from './GridCellEditor';
import { sortRows, type Column, type SortState } from './columns';

interface DataGridProps<Row> {
  /** Names the grid for the keyboard ('actors', 'ties'): `[data-grid]` on every cell. */
  gridId: string;
  label: string;
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  /** The row's name, read with each cell ("Rôle de Samia"). */
  rowName: (row: Row) => string;
  selectedKey: string | null;
  onRowFocus: (row: Row) => void;
  onRowMenu: (row: Row, at: { x: number; y: number }) => void;
  empty: string;
  readOnly?: boolean;
}

export function DataGrid<Row>(props: DataGridProps<Row>) {
  const { gridId, label, caption, rows, rowKey, rowName, selectedKey } = props;
  const columns: readonly Column<Row>[] = props.readOnly
    ? props.columns.map(({ edit: _, ...shown }) => shown)
    : props.columns;
  const { onRowFocus, onRowMenu } = props;
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortState>(null);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [editing, setEditing] = useState<{ key: string; col: string } | null>(null);
  const sorted = sortRows(rows, columns, sort);
  // Row -1 is the heading row; the active cell is kept inside the table.
  const row = Math.min(active.row, sorted.length - 1);
  const col = Math.min(active.col, columns.length - 1);

  const tableRef = useRef<HTMLTableElement>(null);
  // The cells are already there: focus at once, so fast key presses land on the new cell.
  const focusCell = (r: number, c: number) => {
    setActive({ row: r, col: c });
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`)?.focus();
  };
  // After an edit the focus goes back to its cell, once redrawn: the edit may have moved the
  // row (sorted column), so the cell is found by its row's key.
  const refocus = useRef<{ key: string; col: number } | null>(null);
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = null;
    tableRef.current
      ?.querySelector<HTMLElement>(`[data-row-key="${wanted.key}"][data-cell$=":${wanted.col}"]`)
      ?.focus();
  });

  const onKeyDown = (event: KeyboardEvent, r: number, c: number) => {
    if (editing) return;
    const last = { row: sorted.length - 1, col: columns.length - 1 };
    const moves: Record<string, [number, number]> = {
      ArrowUp: [Math.max(-1, r - 1), c],
      ArrowDown: [Math.min(last.row, r + 1), c],
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowRight: [r, Math.min(last.col, c + 1)],
      Home: event.ctrlKey ? [-1, 0] : [r, 0],
      End: event.ctrlKey ? [last.row, last.col] : [r, last.col],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusCell(...move);
      return;
    }
    if ((event.key === 'Enter' || event.key === 'F2' || event.key === ' ') && r === -1) {
      event.preventDefault();
      const id = columns[c]!.id;
      setSort((was) =>
        was?.col === id && was.dir === 'asc' ? { col: id, dir: 'desc' } : { col: id, dir: 'asc' },
      );
      return;
    }
    const target = sorted[r];
    if ((event.key === 'Enter' || event.key === 'F2') && target && columns[c]?.edit?.(target)) {
      event.preventDefault();
      setEditing({ key: rowKey(target), col: columns[c]!.id });
    }
  };

  const cellProps = (r: number, c: number) => ({
    'data-grid': gridId,
    'data-cell': `${r}:${c}`,
    tabIndex: r === Math.max(-1, row) && c === col ? 0 : -1,
    onKeyDown: (event: KeyboardEvent) => onKeyDown(event, r, c),
    onFocus: () => {
      if (active.row !== r || active.col !== c) setActive({ row: r, col: c });
      const target = sorted[r];
      if (target && rowKey(target) !== selectedKey) onRowFocus(target);
    },
  });

  return (
    <table
      ref={tableRef}
      className="data-grid"
      role="grid"
      aria-label={label}
      data-grid-table={gridId}
    >
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, c) => (
            <th
              key={column.id}
              scope="col"
              aria-sort={
                sort?.col === column.id ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'
              }
              onClick={() => {
                setSort((was) =>
                  was?.col === column.id && was.dir === 'asc'
                    ? { col: column.id, dir: 'desc' }
                    : { col: column.id, dir: 'asc' },
                );
              }}
              {...cellProps(-1, c)}
            >
              <span className="sort-head">
                {column.header}
                <span aria-hidden="true" className="sort-mark">
                  {sort?.col === column.id ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                </span>
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.length === 0 && (
          <tr>
            <td colSpan={columns.length} className="muted">
              {props.empty}
            </td>
          </tr>
        )}
        {sorted.map((item, r) => {
          const key = rowKey(item);
          return (
            <tr
              key={key}
              aria-selected={key === selectedKey}
              className={key === selectedKey ? 'selected' : undefined}
              onContextMenu={(event: MouseEvent) => {
                event.preventDefault();
                onRowFocus(item);
                onRowMenu(item, { x: event.clientX, y: event.clientY });
              }}
            >
              {columns.map((column, c) => {
                const edit = column.edit?.(item);
                const isEditing = editing?.key === key && editing.col === column.id;
                const Tag = c === 0 ? 'th' : 'td';
                return (
                  <Tag
                    key={column.id}
                    scope={c === 0 ? 'row' : undefined}
                    className={edit ? 'editable' : undefined}
                    aria-label={
                      edit && !isEditing
                        ? `${column.display(item)} · ${t('ui.table.editCell', { column: column.header, row: rowName(item) })}`
                        : undefined
                    }
                    onDoubleClick={() => edit && setEditing({ key, col: column.id })}
                    data-row-key={key}
                    {...cellProps(r, c)}
                  >
                    {isEditing && edit ? (
                      <GridCellEditor
                        edit={edit}
                        label={`${column.header} · ${rowName(item)}`}
                        onDone={() => {
                          setEditing(null);
                          refocus.current = { key, col: c };
                        }}
                      />
                    ) : (
                      column.display(item)
                    )}
                  </Tag>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
