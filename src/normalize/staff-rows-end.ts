import type { SourceLine } from '../model.js';
import { lastIndex, nextLine } from './line-kinds.js';
import { GRADE_LETTERS, MIN_ROW_VALUES, type LineKind } from './row-line.js';

/**
 * The last line of a table region's body that starts a staff row: not a row of a table of another
 * kind after the staff table's total (see {@link headerOfOtherTable}), and not a line that starts
 * no staff row (see {@link startsStaffRow}); -1 when there is none. After its total, a table reads
 * on only to such a row.
 */
export function lastStaffRowStart(body: SourceLine[], kinds: LineKind[], expected: number): number {
  const otherTable = headerOfOtherTable(body, kinds, expected);
  return lastIndex(kinds, ['row-start'], (i) => i < otherTable && startsStaffRow(kinds, i));
}

/**
 * Where a table of another kind starts after the staff table's total: its header, a line of
 * words in capitals naming grades, months or years for columns ("FASE D1 C1 B3 TOTALE": hours by
 * phase and grade; "CAT. GEN FEB MAR …": hours by month; "INDICATORE 2019 2020 2021"). Not a
 * caption in prose ("Squadra esterna – operai B3 e autisti C1"). The body's length when there is none.
 */
function headerOfOtherTable(body: SourceLine[], kinds: LineKind[], expected: number): number {
  const total = kinds.findIndex((kind) => kind.kind === 'total');
  if (total < 0) return body.length;
  for (let i = total + 1; i < body.length; i++) {
    const text = body[i]!.text;
    if (kinds[i]!.kind === 'blank' || !OTHER_COLUMNS_HINT.test(text) || LOWER_CASE_WORD.test(text)) continue;
    const grades = text.match(GRADE_COLUMNS)?.length ?? 0;
    const years = text.match(YEAR_COLUMNS)?.length ?? 0;
    const names = (grades >= 2 && !DIGIT.test(text.replace(GRADE_COLUMNS, ''))) || (years >= 2 && !DIGIT.test(text.replace(YEAR_COLUMNS, ''))) || (text.match(MONTH_COLUMNS)?.length ?? 0) >= 3;
    // "ISTRUTTORI AMMINISTRATIVI C1 E C2" over rows of the staff table's own values: a caption.
    if (names && !staffRowFollows(kinds, i, expected)) return i;
  }
  return body.length;
}

/** The first row after line `i` has a value for each of the staff table's columns. */
function staffRowFollows(kinds: LineKind[], i: number, expected: number): boolean {
  const next = kinds.slice(i + 1).find((kind) => kind.kind === 'row-start' || kind.kind === 'numbers');
  return next !== undefined && (next.kind === 'row-start' || next.kind === 'numbers') && next.numbers.length === expected;
}

const OTHER_COLUMNS_HINT = /\d\b|\b(?:gen|feb|mar|apr|mag|giu)/i;
const LOWER_CASE_WORD = /(?:^|\s)\p{Ll}/u;
const YEAR_COLUMNS = /\b(?:19|20)\d\d\b/g;
const GRADE_COLUMNS = new RegExp(String.raw`\b${GRADE_LETTERS}\s?[1-9]\b`, 'g');
const MONTH_COLUMNS = /\b(?:gen(?:naio)?|feb(?:braio)?|mar(?:zo)?|apr(?:ile)?|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|ago(?:sto)?|set(?:tembre)?|ott(?:obre)?|nov(?:embre)?|dic(?:embre)?)\b\.?/gi;

/**
 * Line `i`, a row's start, can start a staff row: it has three figures or more, a grade code and a
 * figure, or figures on the line below ("D1" / "20,00 100 …"); not "Marzo 100 100" nor a line of
 * words ending in a grade code ("MESE ORE D2 ORE C3").
 */
function startsStaffRow(kinds: LineKind[], i: number): boolean {
  const kind = kinds[i]!;
  if (kind.kind !== 'row-start') return false;
  if (kind.numbers.length >= MIN_ROW_VALUES || (kind.grade !== null && kind.numbers.length > 0)) return true;
  return kinds[nextLine(kinds, i)]?.kind === 'numbers';
}

const DIGIT = /\d/;
