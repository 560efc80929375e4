// actors.csv and ties.csv through papaparse, both ways. Written as UTF-8 with a byte-order mark
// and CRLF line ends, so Excel opens the accents right; text cells a spreadsheet would take for
// a formula (= + - @ at the start) are neutralised by shared/exchange/csv.ts. Read: the first row
// names the columns; the separator (comma, semicolon, tab) is detected, as French Excel writes
// semicolons; a row papaparse cannot read refuses the file with its line.
import Papa from 'papaparse';
import type { CsvTable } from '../../../shared/exchange/csv';
import type { FlatValue } from '../../../shared/exchange/flat-graph';
import type { CsvSample } from '../../../shared/exchange/ops';
import { FileProblemError } from '../../../shared/exchange/problems';

const BOM = '\uFEFF';

export function writeCsv(rows: FlatValue[][]): string {
  return BOM + Papa.unparse(rows, { newline: '\r\n', quotes: false });
}

export function readCsv(text: string, fileLabel: string): CsvTable {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const error = result.errors.find((e) => e.type !== 'Delimiter');
  if (error) {
    // papaparse numbers rows from 0, the header included (quoted line breaks aside).
    const line = typeof error.row === 'number' ? error.row + 1 : null;
    throw new FileProblemError('csv_malformed', {
      line,
      element: fileLabel,
      detail: error.message,
    });
  }
  const [header, ...body] = result.data;
  if (header === undefined || header.every((cell) => cell.trim() === '')) {
    throw new FileProblemError('empty', { element: fileLabel });
  }
  const headers = header.map((cell, i) => cell.trim() || `column ${i + 1}`);
  const duplicate = headers.find((h, i) => headers.indexOf(h) !== i);
  if (duplicate !== undefined) {
    throw new FileProblemError('csv_malformed', {
      line: 1,
      element: `${fileLabel}: ${duplicate}`,
      detail: 'a column name appears twice',
    });
  }
  // Rows are numbered as a spreadsheet shows them: the header is row 1.
  const rows = body.map((cells, index) => {
    if (cells.length > headers.length) {
      throw new FileProblemError('csv_malformed', {
        line: index + 2,
        element: fileLabel,
        detail: 'more cells than columns',
      });
    }
    const record: Record<string, string> = {};
    headers.forEach((h, i) => (record[h] = cells[i] ?? ''));
    return { line: index + 2, cells: record };
  });
  return { headers, rows };
}

/** The columns and the first rows, for the mapping step. */
export function sampleOf(table: CsvTable, count = 5): CsvSample {
  return {
    headers: table.headers,
    rows: table.rows
      .slice(0, count)
      .map((row) => table.headers.map((h) => (row.cells[h] ?? '').slice(0, 80))),
    rowCount: table.rows.length,
  };
}
