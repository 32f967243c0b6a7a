import { STAFF_COLUMNS, type SourceLine } from '../model.js';
import { classifyLine } from '../normalize/row-line.js';
import { readTable, rowsBearOut, type TableReading } from '../normalize/table.js';
import type { PageNoise } from './noise.js';
import type { ReadLines } from './read-line.js';
import type { TableRegion } from './structure.js';
import type { TableHeader } from './table-header.js';

/**
 * "… determinato come segue:" / "C4 100 16,95 1695,0015 254,25" / "C2 120 16,02 1992,4015 288,36"
 * / "Totale 542,61": the staff table of a project that has none, its header not printed (or lost
 * with a page): two staff rows or more in a row, then their total. Read with its values in the
 * usual order, and kept only where every row is read so, one of its relations at least holding,
 * and most rows whole (see `readsWithoutHeader`); the rows say they were read under no header.
 * Decided here, though normalizing reads the table again: the outline's later steps (a heading
 * not printed, an annex's tables, the stray rows) go by the tables a project has.
 */
export function headerlessTable(lines: ReadLines, noise: PageNoise): TableRegion[] {
  for (let i = 0; i < lines.length; i++) {
    if (!isHeaderlessRow(lines.text(i))) continue;
    let end = i;
    let rows = 0;
    while (end < lines.length && (lines.text(end) === '' || isHeaderlessRow(lines.text(end)) || goesOnWithoutHeader(lines, end, noise) || end < rowsAfterGap(lines, end))) {
      if (isHeaderlessRow(lines.text(end))) rows++;
      end++;
    }
    while (end < lines.length && lines.text(end) === '') end++;
    if (rows < MIN_HEADERLESS_ROWS || end >= lines.length || classifyLine(lines.text(end)).kind !== 'total') {
      i = end;
      continue;
    }
    const header: TableHeader = { start: i, end: i, lines: [], span: [], columns: [...STAFF_COLUMNS], orderKnown: false, headerless: true };
    const body: SourceLine[] = [];
    for (let k = i; k <= end; k++) body.push(lines.source(k));
    const table: TableRegion = { header, body, totalAbove: null, caption: null, headingsAgain: [] };
    return readsWithoutHeader(readTable(table, noise)) ? [table] : [];
  }
  return [];
}

const MIN_HEADERLESS_ROWS = 2;

/** A line that opens on a grade and carries four figures or more: a staff row, whatever the order of its values. */
function isHeaderlessRow(text: string): boolean {
  if (!GRADED_LINE.test(text)) return false;
  const kind = classifyLine(text);
  return kind.kind === 'row-start' && kind.grade !== null && kind.numbers.length >= 4;
}

/**
 * Where the rows go on after a few short lines from `index` that no section opens ("Camera di
 * Commercio della Toscana Nord-Ovest" / "Progetti … – anno 2020" / "12": a page's running header
 * printed once in the text, where no repetition tells it): the next row's index; else -1.
 */
function rowsAfterGap(lines: ReadLines, index: number): number {
  let worded = 0;
  for (let k = index; k < lines.length; k++) {
    const text = lines.text(k);
    if (text === '') continue;
    if (isHeaderlessRow(text)) return k;
    if (++worded > MAX_FURNITURE_LINES || text.length > MAX_FURNITURE_LENGTH || lines.sectionMarker(k) || lines.opensProject(k)) return -1;
  }
  return -1;
}

const MAX_FURNITURE_LINES = 4;
const MAX_FURNITURE_LENGTH = 90;

/** A page's furniture between a headerless table's rows, or a piece of a row broken over lines ("D3 21,21 200" / "4242,00 20 848,4"). */
function goesOnWithoutHeader(lines: ReadLines, index: number, noise: PageNoise): boolean {
  if (noise.isNoise(lines, index) || noise.isFurniture(lines, index)) return true;
  const kind = classifyLine(lines.text(index));
  return kind.kind === 'numbers' || kind.kind === 'page-number' || (kind.kind === 'row-start' && kind.grade !== null);
}

const GRADED_LINE = /^\s*(?:\S{1,6}\s+)?[A-Da-d][\s./]?[1-9]\s/;

/** Whether every row of a table read under no header is read, one relation at least of each holding, most of them whole. */
function readsWithoutHeader(reading: TableReading): boolean {
  return reading.rows.length >= MIN_HEADERLESS_ROWS && rowsBearOut(reading);
}
