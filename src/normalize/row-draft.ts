import { collapseSpace } from '../extract/text.js';
import type { Repair, SourceLine, StaffColumn } from '../model.js';
import { announcedColumns, readingAboveHundred, resolveCells, type CellResolution } from './cells.js';
import { percentageOfFraction } from './fraction-percentage.js';
import { afterCommaReading, joinedReadings, joinSites, noBreakReading, partlyHoldingReading, spacedReadings, withZeroLedGroupsJoined, type JoinSite } from './joined-numbers.js';
import { formatItalian } from './numbers.js';
import { gradeOpeningLabel, gradeWithOneMisread } from './row-line.js';
import { correctMisreading, ocrOfRow, wordCorrections } from './ocr-row.js';
import { arithmeticHolds, cellsInHoldingRelations, productHolds, roughlyHolds } from './row-arithmetic.js';
import type { ReadRow, TableReading } from './table.js';

/** A staff row as its lines give it, before its values are read: its label, grade and printed tokens. */
export interface RowDraft {
  lines: SourceLine[];
  grade: string | null;
  label: string;
  tokens: string[];
  /** The line each token was printed on. */
  tokenLines: SourceLine[];
  /** A small whole number alone between blank lines inside the row: perhaps its page's number. */
  pageNumber?: { line: SourceLine; at: number };
  /** The grade is the row above's, printed once in a cell merged over both. */
  gradeShared?: boolean;
}

/**
 * Reads a row's values from its tokens, with the repairs that read them: tokens joined into one
 * number, a footnote's mark passed over, a cell wrapped below the row put in its column, hours and
 * minutes, percentages as fractions, a scan's misreadings.
 */
export function finishRow(printed: RowDraft, columns: StaffColumn[]): ReadRow {
  const repairs: Repair[] = [];
  const pieces = printed.lines.filter((l) => l.text.trim() !== '');
  if (pieces.length > 1) {
    repairs.push({ kind: 'row-joined', detail: `row printed over lines ${pieces.map((l) => l.line).join(', ')}` });
  }
  let draft = printed;
  let sites = joinSites(draft.tokens, draft.tokenLines);
  const zeroLed = sites.length > 0 ? withZeroLedGroupsJoined(draft.tokens, draft.tokenLines, sites) : null;
  if (zeroLed) {
    draft = { ...draft, tokens: zeroLed.tokens, tokenLines: zeroLed.lineOf };
    sites = joinSites(draft.tokens, draft.tokenLines);
    repairs.push(...zeroLed.repairs);
  }
  let resolution = resolveCells(draft.tokens, columns);
  const joined = sites.length > 0 ? withNumbersJoined(draft, sites, columns, resolution) : null;
  if (joined) {
    resolution = joined.resolution;
    repairs.push(...joined.repairs);
  }
  // After a join found several readings, none is taken: not the footnote's mark either.
  let mark = resolution.problem !== null && !joined ? withoutFootnoteMark(draft.tokens, columns) : null;
  // "3 420,00": the 3 a footnote's mark, or the thousands of 3.420,00? Only when the row holds without it is it a mark.
  if (mark && sites.some((site) => site.at === mark!.at && site.glue === ' ') && !arithmeticHolds(mark.resolution.cells)) mark = null;
  if (mark) {
    resolution = mark.resolution;
    repairs.push(mark.repair);
  }
  if (draft.gradeShared) repairs.push({ kind: 'merged-cell', detail: `grade ${draft.grade} printed once for this row and the one above, in a cell merged over both, their hourly cost the same` });
  const below = resolution.problem !== null && !joined && !mark ? withCellBelowInPlace(draft, columns) : null;
  if (below) {
    resolution = below.resolution;
    repairs.push(below.repair);
  }
  const aboveHundred = resolution.problem !== null && !joined ? readingAboveHundred(draft.tokens, columns) : null;
  if (aboveHundred) resolution = aboveHundred;
  repairs.push(...resolution.repairs);
  const hours = resolution.cells.hours;
  if (hours && hours.raw.includes(':')) {
    repairs.push({ kind: 'hours-minutes', detail: `hours "${hours.raw}" read as ${formatItalian(hours.value)}: hours and minutes` });
  }
  const scanned = pieces.some((line) => line.ocr !== undefined);
  if (scanned) repairs.push(...wordCorrections(pieces));
  const asFraction = resolution.problem === null ? percentageOfFraction(resolution.cells) : null;
  if (asFraction) {
    resolution = { ...resolution, cells: asFraction.cells };
    repairs.push(asFraction.repair);
  }
  const corrected = scanned && resolution.problem === null ? correctMisreading(resolution.cells, ocrOfRow(pieces, resolution.cells)?.values ?? {}) : null;
  if (corrected) {
    resolution = { ...resolution, cells: corrected.cells };
    repairs.push(corrected.repair);
  }
  const misreadGrade = draft.grade === null ? gradeWithOneMisread(draft.label, scanned) : null;
  if (misreadGrade) {
    const code = draft.label.split(' ').at(-1)!;
    const how = code.endsWith('1') ? 'the digit 1 read as a letter too' : 'the letter for the digit 1';
    repairs.push({ kind: 'ocr-corrected', detail: `grade printed "${code}", taken as the grade code ${misreadGrade}: ${how}` });
  }
  const first = pieces[0]!;
  const raw = pieces.length === 1 ? collapseSpace(first.text) : pieces.map((l) => collapseSpace(l.text)).join(' ');
  const read: ReadRow = {
    grade: draft.grade ?? misreadGrade ?? gradeOpeningLabel(draft.label) ?? (draft.label === '' ? null : draft.label),
    resolution,
    raw,
    source: { lines: pieces.map((l) => l.line), page: first.page },
    repairs,
    ocr: scanned ? ocrOfRow(pieces, resolution.cells) : null,
  };
  const spaced = resolution.problem !== null && !joined && sites.length > 0 ? spacedReadings(draft.tokens, sites, columns) : [];
  if (spaced.length > 0) read.spacedReadings = spaced;
  return read;
}

/** A row's tokens from `from` up to `to`, its page's number kept where it stands among them. */
export function tokensBetween(draft: RowDraft, from: number, to: number): RowDraft {
  const { pageNumber, ...rest } = draft;
  const cells: RowDraft = { ...rest, tokens: draft.tokens.slice(from, to), tokenLines: draft.tokenLines.slice(from, to) };
  if (pageNumber && pageNumber.at >= from && pageNumber.at < to) cells.pageNumber = { ...pageNumber, at: pageNumber.at - from };
  return cells;
}

/** The draft without its tokens from `from` to `to`. */
export function withoutTokens(draft: RowDraft, from: number, to: number): RowDraft {
  if (from === to) return draft;
  const { pageNumber, ...rest } = draft;
  const kept = (_: unknown, i: number) => i < from || i >= to;
  const cells: RowDraft = { ...rest, tokens: draft.tokens.filter(kept), tokenLines: draft.tokenLines.filter(kept) };
  if (pageNumber && (pageNumber.at < from || pageNumber.at >= to)) cells.pageNumber = { ...pageNumber, at: pageNumber.at < from ? pageNumber.at : pageNumber.at - (to - from) };
  return cells;
}

/**
 * A row broken over a page with the page's number between its halves ("D4 24,67 120" / "3" /
 * "16 473,664"): the number is no cell when the row reads without it and not with it, or with it
 * only as a product that cost × hours belies and without it not.
 */
export function withoutPageNumber(draft: RowDraft, columns: StaffColumn[], reading: TableReading): RowDraft {
  const { pageNumber } = draft;
  if (!pageNumber) return draft;
  const tokens = draft.tokens.filter((_, i) => i !== pageNumber.at);
  const tokenLines = draft.tokenLines.filter((_, i) => i !== pageNumber.at);
  const without = resolveCells(tokens, columns);
  // "100" / "2 012,00" (a no-break space): one cell a line, the hours no page's number.
  const printed = resolveCells(draft.tokens, columns);
  const withIt = printed.problem === null ? printed : (noBreakReading(draft.tokens, joinSites(draft.tokens, draft.tokenLines), columns)?.resolution ?? printed);
  if (without.problem !== null || (withIt.problem === null && (!productBelied(withIt) || productBelied(without)))) return draft;
  const role = reading.roles.find((r) => r.line === pageNumber.line.line);
  if (role) role.role = 'noise';
  return { ...draft, lines: draft.lines.filter((l) => l !== pageNumber.line), tokens, tokenLines };
}

/**
 * A footnote's mark that text extraction set apart after a figure ("150¹" taken out as "150 1"):
 * a digit alone after another value, in a row with one value more than its columns, that the
 * row reads without, and no other such digit does.
 */
function withoutFootnoteMark(tokens: string[], columns: StaffColumn[]): { resolution: CellResolution; at: number; tokens: string[]; repair: Repair } | null {
  if (tokens.length !== announcedColumns(columns).length + 1) return null;
  const readings = tokens.flatMap((token, i) => {
    if (i === 0 || !/^[1-9]$/.test(token)) return [];
    const resolution = resolveCells(tokens.filter((_, k) => k !== i), columns);
    // Read without it, the row must hold, as the repair says: "1 50 2.620,50 …" at 17,47 an hour is no mark after 1.
    return resolution.problem === null && arithmeticHolds(resolution.cells) ? [{ resolution, at: i, token, after: tokens[i - 1]!, without: tokens.filter((_, k) => k !== i) }] : [];
  });
  if (readings.length !== 1) return null;
  const [{ resolution, at, token, after, without }] = readings as [(typeof readings)[number]];
  return { resolution, at, tokens: without, repair: { kind: 'footnote-mark', detail: `"${token}" after "${after}" read as a footnote's mark: the row's arithmetic holds without it` } };
}

/**
 * The row read with some of its tokens joined into one number ("5 949,00" set apart by a space,
 * "5.968," and "00" broken over two lines), when the row as printed cannot be read or its
 * arithmetic does not hold, and exactly one way of joining makes it hold in full. Null otherwise:
 * the row stays as it was, flagged by its problem or its findings; an unresolved row's reason then
 * names the readings that hold, when there are several.
 */
function withNumbersJoined(draft: RowDraft, sites: JoinSite[], columns: StaffColumn[], resolution: CellResolution): { resolution: CellResolution; repairs: Repair[] } | null {
  if (resolution.problem === null && (roughlyHolds(resolution.cells) || arithmeticHolds(resolution.cells))) return null;
  const readings = joinedReadings(draft.tokens, sites, columns);
  if (readings.length === 0) return resolution.problem !== null ? (noBreakReading(draft.tokens, sites, columns) ?? partlyHoldingReading(draft.tokens, sites, columns) ?? afterCommaReading(draft.tokens, sites, columns)) : null;
  // "150 1 256,50": a footnote's mark after 150, or the thousands of 1.256,50? When both hold, neither is taken.
  const mark = resolution.problem !== null ? withoutFootnoteMark(draft.tokens, columns) : null;
  const markHolds = mark !== null && arithmeticHolds(mark.resolution.cells);
  if (readings.length === 1 && !markHolds) return readings[0]!;
  if (resolution.problem === null) return null;
  const holding = [...(markHolds ? [mark.tokens] : []), ...readings.map((r) => r.tokens)];
  const problem = `${resolution.problem}; several readings hold (${holding.map((tokens) => `"${tokens.join(' ')}"`).join(' or ')})`;
  const repairs = resolution.repairs.map((r) => (r.kind === 'cells-unresolved' ? { ...r, detail: `${r.detail.slice(0, r.detail.length - resolution.problem!.length)}${problem}` } : r));
  return { resolution: { ...resolution, problem, repairs: [] }, repairs };
}

function productBelied({ cells }: CellResolution): boolean {
  return productHolds(cells) === false;
}

/**
 * "D3 € 23,23 150 20% € 696,90" / "3.484,50": a cell wrapped in a narrow column, its value printed
 * below the row's line (its "€" above it), read in the one column where a relation of the row holds
 * with it: the product here; two such cells in the one pair of columns where a relation holds with
 * either. Null where none, or more than one, does.
 */
function withCellBelowInPlace(draft: RowDraft, columns: StaffColumn[]): { resolution: CellResolution; repair: Repair } | null {
  const lastLine = draft.tokenLines[draft.tokenLines.length - 1];
  const below = draft.tokenLines.filter((line) => line === lastLine).length;
  if (lastLine === undefined || draft.tokenLines[0] === lastLine || below > MAX_CELLS_BELOW) return null;
  const moved = draft.tokens.slice(-below);
  const rest = draft.tokens.slice(0, -below);
  let found: CellResolution | null = null;
  for (const tokens of insertions(rest, moved)) {
    if (tokens.slice(-below).every((token, i) => token === moved[i])) continue;
    const resolution = resolveCells(tokens, columns);
    const held = resolution.problem === null ? cellsInHoldingRelations(resolution.cells) : [];
    // One of them, where a planted error breaks the other's relation ("C3 € 17,10 100 € 20 €" / "1.170,00 342,00").
    if (!moved.some((token) => held.includes(token))) continue;
    if (found) return null;
    found = resolution;
  }
  const cells = moved.map((token) => `"${token}"`).join(' and ');
  return found && { resolution: found, repair: { kind: 'row-joined', detail: `${cells}, printed below the row's line, read in the columns where the row's arithmetic holds` } };
}

/** Cells wrapped below a row's line, at most: "€ … €" above the row, "2.140,00   428,00" below it. */
const MAX_CELLS_BELOW = 2;

/** `rest` with `moved` put back among its tokens in every way that keeps the order of each. */
function insertions(rest: string[], moved: string[]): string[][] {
  if (moved.length === 0) return [rest];
  const [first, ...others] = moved;
  const out: string[][] = [];
  for (let at = 0; at <= rest.length; at++) {
    for (const tail of insertions(rest.slice(at), others)) out.push([...rest.slice(0, at), first!, ...tail]);
  }
  return out;
}
