// The editor inside a table cell: a text box or a list, focused at once. Enter confirms (the
// value is saved as one undo step), Escape cancels; either way the focus returns to the cell.
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellEdit } from './columns';

interface GridCellEditorProps {
  edit: CellEdit;
  label: string;
  onDone: () => void;
}

export function GridCellEditor({ edit, label, onDone }: GridCellEditorProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(edit.value);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const done = useRef(false);

  // Focused in the same commit as the Enter that opened it: the next key lands here.
  useLayoutEffect(() => {
    ref.current?.focus();
    if (ref.current instanceof HTMLInputElement) ref.current.select();
  }, []);

  const confirm = (chosen: string) => {
    if (done.current) return;
    const refused = chosen === edit.value ? null : edit.commit(chosen);
    if (refused) {
      setError(refused);
      return;
    }
    done.current = true;
    onDone();
  };
  const cancel = () => {
    done.current = true;
    onDone();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation(); // the grid's arrows and shortcuts do not apply while editing
    if (event.key === 'Enter') {
      event.preventDefault();
      confirm(value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };

  const common = {
    ref,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    onKeyDown,
    // Leaving the cell with the mouse or Tab keeps what was chosen, as a spreadsheet does.
    onBlur: () => (error ? cancel() : confirm(value)),
  };
  return (
    <span className="cell-editor">
      {edit.kind === 'text' ? (
        <input {...common} type="text" value={value} onChange={(e) => setValue(e.target.value)} />
      ) : (
        <select {...common} value={value} onChange={(e) => setValue(e.target.value)}>
          {edit.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
      {error && (
        <span className="field-error" role="alert">
          {t(error)}
        </span>
      )}
    </span>
  );
}
