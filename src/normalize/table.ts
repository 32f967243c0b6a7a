import type { DeclaredAmount } from '../extract/declared.js';
import { mentionsPage } from '../extract/noise.js';
import { collapseSpace, indentOf } from '../extract/text.js';
import type { TableRegion } from '../extract/structure.js';
import { Decimal } from '../decimal.js';
import { agreementEitherWay } from '../rounding.js';
import { STAFF_COLUMNS, type Amount, type Repair, type SourceLine, type SourceRef, type StaffColumn, type StaffRowOcr, type Unparsed } from '../model.js';
import { announcedColumns, isEmptyCell, resolveCells, type CellResolution } from './cells.js';
import { costAndHoursSwapped, hoursPrintedFirst, hoursPrintedFirstAgainstHeader } from './cost-hours-order.js';
import { productColumnAsRowsShow, withProductFrom } from './product-column-order.js';
import { withFractionsOfTheColumn } from './fraction-percentage.js';
import { withHeaderPercentage } from './header-percentage.js';
import { mergedCellRow } from './merged-cells.js';
import { isPercentageAlone, withPercentageMergedDown, type LonePercentage } from './merged-percentage.js';
import { printedTotalWitness, withReadingsTheTotalBearsOut } from './total-witness.js';
import { parseItalianNumber } from './numbers.js';
import { joinSites, spacedTotal, straySpacedTotal, UNCONFIRMED, type JoinedReading } from './joined-numbers.js';
import { setsThousandsApart, withThousandsAsTheTableSetsThem } from './table-thousands.js';
import { arithmeticHolds, someRelationHolds } from './row-arithmetic.js';
import { formatShown, printedEnglish, swapFiguresIn, swapSeparators, type FormatShown, type NumberFormat } from './number-format.js';
import { classifyLine, GRADE_LETTERS, gradeOf, isCarriedForward, isContactLine, isRoundingAdjustment, MIN_ROW_VALUES, rowThenTotal, totalFigures, type LineKind } from './row-line.js';
import { lastIndex, nextLine, previousLine, withHeaderWordsBetween } from './line-kinds.js';
import { finishRow, tokensBetween, withoutPageNumber, withoutTokens, type RowDraft } from './row-draft.js';
import { lastStaffRowStart } from './staff-rows-end.js';
import { hoursPerPerson, hoursPerPersonUnread, withoutCount } from './count-column.js';
import { allHoldTogether, basisTokens, outsideRepairs, ownTokenRuns, type OutsideColumns } from './outside-columns.js';
import { periodsAmiss, withoutPeriodHours } from './period-hours.js';
import { declaredAfterTotal, type PrintedTotal } from './totals.js';

/** What a line of a table region became: every line inside a table is accounted for. */
export type LineRole = 'blank' | 'header' | 'row' | 'total' | 'noise' | 'unparsed';

/** A staff row as read from its lines, before it is numbered within its project. */
export interface ReadRow {
  grade: string | null;
  resolution: CellResolution;
  raw: string;
  source: SourceRef;
  repairs: Repair[];
  ocr: StaffRowOcr | null;
  /** An unread row's readings with numbers set apart by a space joined, for the table to choose from where its other rows set thousands apart so. */
  spacedReadings?: JoinedReading[];
}

/** What reading a table region yields. */
export interface TableReading {
  rows: ReadRow[];
  /** The totals printed, in order: usually one. */
  totals: PrintedTotal[];
  unparsed: Array<Omit<Unparsed, 'project' | 'row'>>;
  /** The role of each line of the region that belongs to the table (header lines included). */
  roles: Array<{ line: number; role: LineRole }>;
  /** What the table's figures show of their format ("4,308.00" can only be English): none, when none tells. */
  formatShown: FormatShown;
  /** The amount said for the fund on a line after the table's total ("Importo da destinare al fondo 757,54"), with its label: the project's declared amount. */
  saidForTheFund?: DeclaredAmount & { label: string };
}

/** What the reader knows about the document around a table. */
export interface TableContext {
  /** True for a line the document prints more than once: inside a table, a running header or footer. */
  isRepeated(text: string): boolean;
  /** True for the line (its number) last before a page break or first after one. */
  atPageEdge(line: number): boolean;
  /** True for a running footer or header that ends on its page's number: never a row, though it ends on figures. */
  isNumberedFurniture(text: string): boolean;
}

/**
 * Reads a table region: rows (joined when broken over lines), the total (labelled or not),
 * repeated headers and noise, and the lines it could not read. Stops at the last total, or at
 * prose after the last row. A total with rows after it ("Totale parziale", an office's total) is
 * kept with the others: {@link projectTotal} makes the project's total of them.
 */
export function readTable(printedRegion: TableRegion, context: TableContext, documentFormat: NumberFormat = 'italian'): TableReading {
  const reading = readAsHeaded(printedRegion, context, documentFormat);
  if (printedRegion.header.headerless) return withRepair(reading, HEADERLESS);
  return headerBelied(reading, printedRegion.header) ? (readInTheUsualOrder(printedRegion, context, documentFormat) ?? reading) : reading;
}

const HEADERLESS: Repair = { kind: 'no-header', detail: 'read under no header: the values in the usual order (cost, hours, product, percentage, result), as the rows\' arithmetic bears out' };

function withRepair(reading: TableReading, repair: Repair): TableReading {
  return { ...reading, rows: reading.rows.map((row) => ({ ...row, repairs: [...row.repairs, repair] })) };
}

/**
 * A header whose columns none of the table's rows (two at least) could be read under: its words
 * name another column than its cells hold ("Quota destinata al progetto" over "20%", read as the
 * result's heading).
 */
function headerBelied(reading: TableReading, header: TableRegion['header']): boolean {
  const usual = header.columns.length === STAFF_COLUMNS.length && header.columns.every((column, i) => column === STAFF_COLUMNS[i]);
  return !usual && header.columns.length > 0 && reading.rows.length >= 2 && reading.rows.every((row) => row.resolution.problem !== null);
}

/** The table read with its columns in the usual order, where its rows bear that out (see {@link rowsBearOut}); else null. */
function readInTheUsualOrder(region: TableRegion, context: TableContext, documentFormat: NumberFormat): TableReading | null {
  const named = region.header.lines.map((line) => line.text.trim()).join(' / ');
  const header = { ...region.header, columns: [...STAFF_COLUMNS], orderKnown: false };
  const reading = readAsHeaded({ ...region, header }, context, documentFormat);
  if (!rowsBearOut(reading)) return null;
  return withRepair(reading, { kind: 'columns-reordered', detail: `values read as cost, hours, product, percentage and result: none of the table's rows could be read under the header's words ("${named}"), its rows' arithmetic holds so` });
}

/**
 * Whether a table's rows bear out the order its values were read in: every row read, one of its
 * relations holding at least (a typo breaks the other), most rows whole.
 */
export function rowsBearOut(reading: TableReading): boolean {
  const cells = reading.rows.map((row) => row.resolution.cells);
  if (reading.rows.some((row) => row.resolution.problem !== null) || !cells.every(someRelationHolds)) return false;
  return cells.filter((c) => arithmeticHolds(c)).length * 2 >= cells.length;
}

function readAsHeaded(printedRegion: TableRegion, context: TableContext, documentFormat: NumberFormat): TableReading {
  const parted = new Set(printedRegion.body.filter((line) => rowThenTotal(line.text) !== null).map((line) => line.line));
  if (parted.size === 0) return readRegion(printedRegion, context, documentFormat);
  const apart = readRegion(withTotalsApart(printedRegion), context, documentFormat);
  // A part left unread: the line is read as printed, and said unread there if it is.
  if (apart.unparsed.some((u) => parted.has(u.line))) return readRegion(printedRegion, context, documentFormat);
  return withLinesWhole(apart, printedRegion.body, parted);
}

function readRegion(region: TableRegion, context: TableContext, documentFormat: NumberFormat): TableReading {
  const furniture = (l: SourceLine) => context.isNumberedFurniture(l.text) || region.headingsAgain.includes(l.line);
  const printed = withHeaderWordsBetween(region.body.map((l): LineKind => (furniture(l) ? { kind: 'page-number' } : classifyLine(l.text))));
  const formatShown = formatShownBy(printed);
  // The table's own figures decide; a table whose figures read alike both ways follows the document's.
  const english = formatShown === 'english' || (formatShown === null && documentFormat === 'english');
  const reading: TableReading = {
    rows: [],
    totals: [],
    unparsed: [],
    roles: region.header.span.map((l) => ({ line: l.line, role: l.text.trim() === '' ? ('blank' as const) : ('header' as const) })),
    formatShown,
  };
  const lines = new TableLines(reading, region, english ? printed.map(writtenItalian) : printed, context);
  for (let i = 0; i < region.body.length && lines.read(i); i++);
  const lonePercentages = lines.finish();
  reading.rows = withThousandsAsTheTableSetsThem(reading.rows);
  if (reading.totals.length === 0 && region.totalAbove) readTotalAbove(reading, region.totalAbove);
  reading.rows = costAndHoursAsRowsShow(productAsRowsShow(reading.rows), region.header);
  reading.rows = withFractionsOfTheColumn(withPercentageMergedDown(reading.rows, lonePercentages));
  const { sharedPercentage, lines: headerLines } = region.header;
  if (sharedPercentage !== undefined) {
    const headerLine = headerLines.find((l) => l.text.includes('%'))?.line ?? headerLines[0]!.line;
    reading.rows = reading.rows.map((row) => withHeaderPercentage(row, sharedPercentage, headerLine));
  }
  reading.rows = withReadingsTheTotalBearsOut(reading.rows, printedTotalWitness(reading.totals));
  return english ? asPrintedEnglish(reading) : reading;
}

/**
 * The region with each line that holds a row and then the total ("Agente P.L. C2 16,95 150 20
 * 508,50 TOTALE 889,50": the total's cell set beside the last row's) as two lines of one number.
 */
function withTotalsApart(region: TableRegion): TableRegion {
  return { ...region, body: region.body.flatMap((line) => rowThenTotal(line.text)?.map((text) => ({ ...line, text })) ?? [line]) };
}

/** "Istruttore direttivo D4 (ex" over "D1) 21,19 …": a bracket left open above, closed by the label below before any opens. */
function closesBracketAbove(above: string, label: string): boolean {
  const close = label.indexOf(')');
  return close >= 0 && !label.slice(0, close).includes('(') && above.lastIndexOf('(') > above.lastIndexOf(')');
}

/**
 * The reading of a region whose `parted` lines were read as two ({@link withTotalsApart}) told
 * of them as printed: one role a line, the row's raw text the whole line's.
 */
function withLinesWhole(reading: TableReading, body: SourceLine[], parted: Set<number>): TableReading {
  const printed = new Map(body.map((line) => [line.line, line.text]));
  const told = new Set<number>();
  const roles = reading.roles.filter((role) => {
    if (!parted.has(role.line)) return true;
    if (told.has(role.line)) return false;
    told.add(role.line);
    return true;
  });
  const rows = reading.rows.map((row) => (row.source.lines.some((line) => parted.has(line)) ? { ...row, raw: rawOf(row, printed) } : row));
  return { ...reading, rows, roles };
}

/** A row's raw text: its source lines' as printed. */
function rawOf(row: ReadRow, printed: Map<number, string>): string {
  return [...new Set(row.source.lines)].map((line) => collapseSpace(printed.get(line) ?? '')).join(' ');
}

/**
 * A table region's lines read one after the other, each by what it is ({@link LineKind}): rows
 * (joined when broken over lines), totals, noise and the lines that cannot be read, into a
 * {@link TableReading}. `read` says where the table ends.
 */
class TableLines {
  private readonly columns: StaffColumn[];
  /** How many values a row has, as the header announces its columns, its hours by period ({@link periods}) among them. */
  private readonly expected: number;
  /** "… RISULTATO INCIDENZA %": each row's last value, and the total line's, is a share of the total. */
  private readonly share: string | undefined;
  /** The headings of the columns that are none of a staff row's, before the cost and after the result: none is read. */
  private readonly outside: OutsideColumns;
  /** Words after the result's heading that name no column we know ("PUNTEGGIO"), when the header has them. */
  private readonly others: string | undefined;
  /** The most figures a row read so far prints after its own, under {@link others}. */
  private otherFigures = 0;
  /** The heading of a column of persons before the values ("N. dip."), when the header has one. */
  private readonly count: string | undefined;
  /** How many columns of hours by period the header names beside the hours' total; 0 for none. */
  private readonly periods: number;
  private readonly lastRowStart: number;
  /** The last line that starts a staff row: one with a grade code and figures, three figures or more, or figures on the lines below. */
  private readonly lastStaffRowStart: number;
  private readonly lastRowOrTotal: number;
  private readonly lastTableLine: number;
  /** The row being read, until a line shows it has ended. */
  private draft: RowDraft | null = null;
  /** The draft of the last row read, while no line has been read after it but a total's. */
  private lastDraft: RowDraft | null = null;
  /** "Totale" alone on its line: its figures are on the next. */
  private pendingTotal: { line: SourceLine; label: string } | null = null;
  /** A grade code alone on its line, read as the end of the row above's label, and that row's hourly cost. */
  private gradeBetween: { at: number; grade: string; cost: string | null } | null = null;
  private readonly orphans: Orphan[] = [];
  private readonly lonePercentages: LonePercentage[] = [];
  /** Lines right after the last row read that look like rows, each flagged. */
  private rowsUnread = 0;

  constructor(
    private readonly reading: TableReading,
    private readonly region: TableRegion,
    private readonly kinds: LineKind[],
    private readonly context: TableContext,
  ) {
    this.columns = region.header.columns;
    this.share = region.header.shareColumn;
    this.others = region.header.otherColumns;
    this.outside = { leads: region.header.leadColumns ?? [], basis: hoursBasis(region.header, this.columns), charges: region.header.chargeColumns ?? [] };
    this.count = region.header.countColumn;
    this.periods = region.header.periodColumns ?? 0;
    this.expected = announcedColumns(this.columns).length + this.periods + this.outside.leads.length + this.outside.basis.length + this.outside.charges.length;
    this.lastRowStart = lastIndex(kinds, ['row-start']);
    this.lastStaffRowStart = lastStaffRowStart(region.body, kinds, this.expected);
    this.lastRowOrTotal = lastIndex(kinds, ['row-start', 'total']);
    this.lastTableLine = lastIndex(kinds, ['row-start', 'total', 'numbers'], (i) => !this.pageNumber(i));
  }

  /** Reads line `i` of the region's body; false when the table ends there. */
  read(i: number): boolean {
    const line = this.region.body[i]!;
    const kind = this.kinds[i]!;
    switch (kind.kind) {
      case 'blank':
      case 'header':
        this.account(line, kind.kind);
        return true;
      case 'page-number':
        this.account(line, 'noise');
        return true;
      case 'unread-total':
        this.flush();
        unreadable(this.reading, line, 'a total line whose figures could not be read');
        return i < this.lastRowStart;
      case 'total':
        return this.readTotal(i, kind);
      case 'row-start':
        this.readRowStart(i, kind);
        return true;
      case 'numbers':
        return this.readNumbers(i, kind);
      case 'text':
        return this.readText(i);
    }
  }

  /** Ends the row being read and gives each line of figures outside any row to the row below, where it belongs there; returns the lone percentages found. */
  finish(): LonePercentage[] {
    this.flush();
    if (this.pendingTotal) disown(this.reading, [this.pendingTotal.line], 'a total’s label without its figures');
    for (const orphan of this.orphans.reverse()) adoptByRowBelow(this.reading, orphan, this.columns);
    return this.lonePercentages;
  }

  private readTotal(i: number, kind: Extract<LineKind, { kind: 'total' }>): boolean {
    const line = this.region.body[i]!;
    this.flush();
    if (i > this.lastStaffRowStart && declaredAfterTotal(kind.label, this.reading.totals.at(-1), () => sumOfColumn(this.reading.rows, 'product'))) {
      this.keepSaidForTheFund(line, kind.numbers, kind.label);
      return false;
    }
    this.account(line, 'total');
    if (kind.numbers.length === 0) {
      const above = this.figureAboveLabel(i);
      if (above !== null) {
        this.addTotal(above.numbers, [above.line, line], kind.label);
        return this.readsOnAfterTotal(i);
      }
      this.pendingTotal = { line, label: kind.label };
      return true;
    }
    const below = this.figuresWrappedBelow(i, kind.numbers.length);
    if (below !== null) {
      this.account(this.region.body[below.at]!, 'total');
      this.addTotal([...kind.numbers, ...below.numbers], [line, this.region.body[below.at]!], kind.label);
      return false;
    }
    this.addTotal(kind.numbers, [line], kind.label);
    return this.readsOnAfterTotal(i);
  }

  /**
   * "        1105,16" / "Totale": a total's figure printed on the line above its label (a cell's
   * text set at its top), left outside any row, with no figure after the label; taken back from
   * the lines not read.
   */
  private figureAboveLabel(i: number): Orphan | null {
    const orphan = this.orphans[this.orphans.length - 1];
    const before = previousLine(this.kinds, i);
    if (orphan === undefined || orphan.line !== this.region.body[before] || orphan.numbers.length !== 1 || !AMOUNT_WITH_DECIMALS.test(orphan.numbers[0]!)) return null;
    if (this.kinds[nextLine(this.kinds, i)]?.kind === 'numbers') return null;
    this.orphans.pop();
    const { reading } = this;
    reading.unparsed = reading.unparsed.filter((entry) => entry.line !== orphan.line.line);
    for (const role of reading.roles) if (role.line === orphan.line.line) role.role = 'total';
    return orphan;
  }

  /**
   * "Totale   820" / "16.164,50   3.232,90": the rest of a total's figures, wrapped in narrow
   * cells onto the line right below the label's, after the last row: amounts with their cents, and
   * no more of them than the columns have room for.
   */
  private figuresWrappedBelow(i: number, onLine: number): { at: number; numbers: string[] } | null {
    const at = nextLine(this.kinds, i);
    const kind = this.kinds[at];
    if (i < this.lastStaffRowStart || at !== i + 1 || kind?.kind !== 'numbers' || kind.numbers.length === 0) return null;
    if (onLine + kind.numbers.length > this.expected || !kind.numbers.every((figure) => AMOUNT_WITH_DECIMALS.test(figure))) return null;
    return { at, numbers: kind.numbers };
  }

  /**
   * "Totale ore 670" / "Totale 2.327,60": totals of other columns before the results'; subtotals
   * before more staff rows. Lines with a figure or two after the total ("Marzo 100 100", a table
   * of hours by month) are no staff rows: the table ends at its total.
   */
  private readsOnAfterTotal(i: number): boolean {
    return i < this.lastStaffRowStart || this.kinds[nextLine(this.kinds, i)]?.kind === 'total';
  }

  private readRowStart(i: number, kind: Extract<LineKind, { kind: 'row-start' }>): void {
    const line = this.region.body[i]!;
    if (kind.numbers.length === 0 && !isGradeAlone(kind) && !this.bracketClosedBelow(i, kind.label) && this.opensSection(i)) {
      // "Squadra esterna – operai B3 e autisti C1" after a subtotal: the caption of the rows below;
      // never "D3" alone (over "C1 17,10 40 684,00 …" it is a label without values, a line not read).
      this.account(line, 'noise');
      return;
    }
    const draft = this.draft;
    if (draft && draft.tokens.length === 0 && (closesBracketAbove(draft.label, kind.label) || LOWER_CASE_START.test(kind.label))) {
      // "Funzionario D5 (D3" / "giur.) 22,08 120 …": a label wrapped inside its aside in brackets, its values after the aside's end;
      // "1	Istruttore" / "amministrativo C1	16,76 …": a label wrapped in its cell, its values beside its last line.
      continueLabel(draft, line, kind.label);
      draft.grade = gradeOf(draft.label);
      for (const token of kind.numbers) {
        draft.tokens.push(token);
        draft.tokenLines.push(line);
      }
    } else if (draft && isGradeAbove(draft, kind)) {
      // "D3" / "Bianchi Laura 21,40 120 …": a grade code alone above a row whose label has none, its cell set over the name's.
      continueLabel(draft, line, kind.label);
      for (const token of kind.numbers) {
        draft.tokens.push(token);
        draft.tokenLines.push(line);
      }
    } else if (draft && isLabelTail(draft, kind, this.expected) && this.kinds[nextLine(this.kinds, i)]?.kind !== 'numbers') {
      // "Istruttore 17,10 90 …" / "amm.vo C3": a label wrapped in its cell, its grade code last.
      continueLabel(draft, line, kind.label);
      draft.grade = kind.grade;
      delete draft.gradeShared;
      this.gradeBetween = { at: i, grade: kind.grade!, cost: this.costOf(draft.tokens) };
    } else if (draft && repeatsOwnGrade(draft, kind, this.expected) && !this.labelsRowBelow(i)) {
      // "Collaboratore prof.le D4 € 21,60 90 …" / "amministrativo D4": the profile's name wrapped under its row.
      continueLabel(draft, line, kind.label);
    } else {
      this.flush();
      const grade = kind.grade ?? this.gradeOfMergedCell(i, kind.numbers);
      this.draft = { lines: [line], grade, label: kind.label, tokens: [...kind.numbers], tokenLines: kind.numbers.map(() => line) };
      if (grade !== kind.grade) this.draft.gradeShared = true;
    }
    this.account(line, 'row');
  }

  /**
   * "EP             25,16      40 …" / "1": a grade's digit wrapped alone onto the line below its
   * row, under the grade's letters, which end the row's label: the grade it makes ("EP1"). A
   * page's number ends its page, or stands apart from the row.
   */
  private gradeDigitWrapped(i: number): string | null {
    const { draft } = this;
    const line = this.region.body[i]!;
    const digit = line.text.trim();
    const letters = draft === null ? null : GRADE_LETTERS_LAST.exec(draft.label);
    if (draft === null || letters === null || !LONE_DIGIT.test(digit) || draft.lines.length !== 1) return null;
    const rowLine = draft.lines[0]!;
    if (this.region.body[previousLine(this.kinds, i)] !== rowLine || blanksBefore(this.kinds, i) > 1 || this.context.atPageEdge(line.line)) return null;
    const grade = letters[1]!;
    const lettersAt = rowLine.text.indexOf(grade);
    const digitAt = line.text.indexOf(digit);
    return lettersAt >= 0 && digitAt >= lettersAt - 1 && digitAt <= lettersAt + grade.length + 1 ? `${grade.toUpperCase()}${digit}` : null;
  }

  /**
   * "C5 18,30 140 2.562,00" / "UNIONE DEI COMUNI …" / "Progetti di miglioramento – …, 14 marzo 2019" /
   * "20 512,40": a page's header, printed once, between the halves of a row broken over the page
   * where no page break shows. The row's missing values come right after the text, and its
   * arithmetic holds with them. The first half may be the grade's code alone ("C4" / the header /
   * "Pag. 6 di 27" / "19,22 120 2306,40 20 461,28"), whose label is whole, or end on the page's
   * number ("C3 16,93 250" / "13" / the header / "4232,50 20 846,5"), which the row holds without.
   */
  private rowResumesBelow(i: number): boolean {
    const { draft } = this;
    if (draft === null || (draft.tokens.length === 0 && !isGradeAlone(draft)) || valuesIn(draft) >= this.expected) return false;
    // The second half over lines of figures of its own ("18,56 90 1.670,40" / "20 334,08"), as many as complete the row.
    const room = this.expected - draft.tokens.length + (draft.pageNumber ? 1 : 0);
    const figures: string[] = [];
    for (let k = this.pastWords(i); this.kinds[k]?.kind === 'numbers' && figures.length < room; k = nextLine(this.kinds, k)) {
      figures.push(...(this.kinds[k] as Extract<LineKind, { kind: 'numbers' }>).numbers);
      if (this.resumedBy(draft, figures)) return true;
    }
    return false;
  }

  /**
   * Line `i`, words, stands between a grade's code alone and a whole row's values without a label,
   * whose arithmetic does not hold (where it does, {@link rowResumesBelow} passes the words over): the values are the code's row all the same, never the words'
   * (a running header's words are no grade), and the words are said unread, as what they are is
   * not sure. Words in lower case go on the code's label ("C1" / "amministrativo" / "16,27 …").
   */
  private betweenGradeAndValues(i: number): boolean {
    const { draft } = this;
    if (draft === null || draft.tokens.length > 0 || !isGradeAlone(draft) || LABEL_GOING_ON.test(this.region.body[i]!.text)) return false;
    const below = this.kinds[this.pastWords(i)];
    return below?.kind === 'numbers' && below.numbers.length === this.expected;
  }

  /** The first line from line `i` past a few lines of words, blank lines and pages' numbers. */
  private pastWords(i: number): number {
    const { kinds } = this;
    let texts = 0;
    let k = i;
    while (k < kinds.length && (kinds[k]!.kind === 'blank' || kinds[k]!.kind === 'page-number' || (kinds[k]!.kind === 'text' && ++texts <= MAX_LINES_BETWEEN_HALVES))) k++;
    return k;
  }

  /** The figures `numbers` give the row being read its missing values, its page's number among them or not, and its arithmetic holds with them. */
  private resumedBy(draft: RowDraft, numbers: string[]): boolean {
    const { pageNumber } = draft;
    const printed = [...draft.tokens, ...numbers];
    const readings = pageNumber ? [printed, printed.filter((_, k) => k !== pageNumber.at)] : [printed];
    return readings.some((tokens) => {
      if (tokens.length !== this.expected) return false;
      const read = resolveCells(tokens, this.columns);
      return read.problem === null && arithmeticHolds(read.cells);
    });
  }

  /** Line `i`'s `label` leaves a bracket open that the row below closes: the label's start. */
  private bracketClosedBelow(i: number, label: string): boolean {
    const below = this.kinds[nextLine(this.kinds, i)];
    return below?.kind === 'row-start' && closesBracketAbove(label, below.label);
  }

  /**
   * "Istruttore amministrativo € 17,95 180 …" / "C3" / "Agente di Polizia Municipale € 17,95 150 …":
   * a grade's cell merged over two rows, its code printed once between them or at the top; the row
   * below, of the same hourly cost and no code of its own, is of that grade too.
   */
  private gradeOfMergedCell(i: number, numbers: string[]): string | null {
    const cost = this.costOf(numbers);
    if (cost === null) return null;
    const between = this.gradeBetween;
    const before = previousLine(this.kinds, i);
    if (between !== null && (before === between.at || this.wrappedNameBetween(between.at, i))) return cost === between.cost ? between.grade : null;
    // "Istruttore amministrativo C3 € 19,14 180 …" / "Agente di Polizia Municipale € 19,14 150 …": the code at the merged cell's top.
    const above = this.reading.rows.at(-1);
    const code = above?.grade ?? '';
    if (!above || !GRADE_CODE.test(code) || above.source.lines.at(-1) !== this.region.body[before]?.line) return null;
    // The row above names its profile beside its code, as the row below does: a grade column apart ("D6 23,57 …" / "Segretario 23,57 …" is none).
    if (above.raw.startsWith(code)) return null;
    return above.resolution.cells.hourlyCost?.raw === cost ? code : null;
  }

  /**
   * "D1" / "Bianchi Alessandro" / "Luigi, istruttore 20,10 60 …": between a grade's code centred in
   * its merged cell and the row below, only the first line of that row's name wrapped in its cell
   * (words, without figures), so the code is still the row's. Not two lines or more of words: a
   * caption or prose parts them.
   */
  private wrappedNameBetween(gradeAt: number, rowAt: number): boolean {
    const name = nextLine(this.kinds, gradeAt);
    return name !== rowAt && nextLine(this.kinds, name) === rowAt && this.kinds[name]?.kind === 'text' && !DIGIT.test(this.region.body[name]!.text);
  }

  /** The hourly cost's text among a row's figures printed one to a column, as the header orders them. */
  private costOf(tokens: string[]): string | null {
    if (tokens.length !== this.expected) return null;
    return tokens[announcedColumns(this.columns).indexOf('hourlyCost')] ?? null;
  }

  private readNumbers(i: number, kind: Extract<LineKind, { kind: 'numbers' }>): boolean {
    const line = this.region.body[i]!;
    const wrappedDigit = this.gradeDigitWrapped(i);
    if (wrappedDigit !== null) {
      continueLabel(this.draft!, line, kind.numbers[0]!);
      this.draft!.grade = wrappedDigit;
      this.account(line, 'row');
      return true;
    }
    if ((isPageNumberLike(kind) && this.pageBreakAt(i)) || this.telephoneGoesOn(i, kind)) {
      this.account(line, 'noise');
      return true;
    }
    if (kind.numbers.length === 1 && isPercentageAlone(kind.numbers[0]!) && !this.pendingTotal && endsRows(this.kinds, i)) {
      // "15%" alone between two rows: the text of a cell merged down the percentage column, not
      // a piece of a row broken over lines ("D3 20,91 370 7736,7" / "16 %" / "1237,872").
      this.lonePercentages.push({ token: kind.numbers[0]!, line: line.line });
      this.account(line, 'row');
      return true;
    }
    if (this.pendingTotal) {
      if (kind.numbers.length > 0) return this.closePendingTotal(i, kind.numbers);
      // "Totale" / "€" / "2.427,60": one cell a line, the euro sign's own.
      this.account(line, 'total');
      return true;
    }
    if (kind.numbers.length === 0) {
      // "€" alone above a row: the sign of a cell wrapped in a narrow column, its figure below the row.
      this.account(line, 'noise');
      return true;
    }
    const draft = this.draft;
    const last = i >= this.lastTableLine;
    const pageLike = this.pageNumber(i);
    // "… 73617,8050,9" / "662,56" / "920": the rows' total after a row whose glued cells leave it a token short.
    const total = pageLike && kind.numbers.length === 1 && this.sumsTheResults(kind.numbers[0]!);
    const goesOn = draft !== null && (valuesIn(draft) < this.expected || goesOnPastPageNumber(draft, kind.numbers, this.columns, this.expected));
    if (draft && !total && goesOn && (!last || continuesRow(draft, kind.numbers, this.columns))) {
      // "B7 17,66" / "9" / "20 333,20 30 99,96": a lone whole number inside a row, set apart by blank
      // lines or not (a text without them), may be the page's number; withoutPageNumber decides.
      if (isPageNumberLike(kind)) draft.pageNumber = { line, at: draft.tokens.length };
      draft.lines.push(line);
      draft.tokens.push(...kind.numbers);
      draft.tokenLines.push(...kind.numbers.map(() => line));
      this.account(line, 'row');
      return true;
    }
    if (pageLike && !total) {
      this.account(line, 'noise');
      return true;
    }
    this.flush();
    const above = rowAboveAdjoins(this.reading) ? this.reading.rows.at(-1) : undefined;
    const merged = above ? mergedCellRow(above, 'above', this.reading.rows, kind.numbers, this.columns) : null;
    if (merged) {
      this.reading.rows.push(mergedRow(merged, line));
      this.account(line, 'row');
      return true;
    }
    // A whole number after the rows, past the last line that looked like the table's, that is the sum of their results: their total.
    // Not a row's worth of figures, a row whose grade a scan lost ("3 | 16,75 150 2.512,50 20 502,50"): said unread.
    if ((last || pageLike) && kind.numbers.length < this.expected) {
      this.account(line, 'total');
      this.addTotal(kind.numbers, [line], '');
      return false;
    }
    if (isPageNumberLike(kind)) this.account(line, 'noise');
    else {
      unreadable(this.reading, line, 'numbers outside any row');
      this.orphans.push({ line, numbers: kind.numbers, rowsBefore: this.reading.rows.length, next: this.region.body[nextLine(this.kinds, i)]?.line ?? null });
    }
    return true;
  }

  private readText(i: number): boolean {
    const { body } = this.region;
    const line = body[i]!;
    // A footer with its page's number is not repeated word for word, and text without page breaks
    // does not say where a page ends; the line after it is the next page's running header.
    const noise =
      (this.context.isRepeated(line.text) && !this.labelAbove(i) && !this.labelWordsGoOn(line)) ||
      mentionsPage(line.text) ||
      CONTINUES.test(line.text) ||
      FOOTNOTE.test(line.text) ||
      this.noteAtPageFoot(i) ||
      isContactLine(line.text) ||
      this.besidePageNumber(i);
    if (this.pendingTotal && !noise && DIGIT.test(line.text)) return this.readPendingTotal(i);
    const draft = this.draft;
    if (draft !== null && isGradeWrappedAlone(draft, line.text)) {
      continueLabel(draft, line, line.text.trim());
      draft.grade = gradeOf(draft.label);
      this.account(line, 'row');
      return true;
    }
    if (i >= (noise ? this.lastTableLine : this.lastRowOrTotal)) {
      const after = !noise && (isFirstAfter(this.kinds, this.lastRowOrTotal, i) || this.rowsUnread > 0 || this.firstOfUnreadTable(i));
      // "B3 15,90 circa 150 …", "Istruttore 17,10 circa 100 …" right after the rows, or first in a table
      // none of whose lines was read: a row whose values could not be read, never dropped unsaid.
      if (after && (ROW_LIKE.test(line.text.trim()) || hasRowFigures(line.text))) {
        unreadable(this.reading, line, 'a row whose values could not be read');
        this.rowsUnread++;
        return true;
      }
      // "Ammontare 2.427,60" right after the rows: a total under a label not known, never dropped unsaid.
      if (after && this.rowsUnread === 0 && LABELLED_AMOUNT.test(collapseSpace(line.text)) && !isCarriedForward(line.text)) unreadable(this.reading, line, 'an amount after the rows, under a label not read as a total');
      return false;
    }
    if (!noise && this.completesDraftAtStart(line)) return true;
    if (noise || isCarriedForward(line.text) || isRoundingAdjustment(line.text) || this.rowResumesBelow(i)) {
      // A running header between the halves of a row broken over a page leaves the row open; so
      // does the sum carried to the next page ("A riportare 1.100,82" / "Riporto 1.100,82"); a
      // rounding adjustment before the total ("Arrotondamento 0,58") is no row.
      this.account(line, 'noise');
      return true;
    }
    if (this.betweenGradeAndValues(i)) {
      unreadable(this.reading, line, 'text inside a staff table');
      return true;
    }
    const after = nextLine(this.kinds, i);
    const next = this.kinds[after];
    const lowerCase = LABEL_GOING_ON.test(line.text);
    // "Collaboratore 15,28 90 …" / "professionale" / "terminalista B3": a label wrapped over three lines, its grade code last;
    // "Istruttore" / "direttivo" / "18,00 100 …" / "amministrativo" / "D1": over four, its values centred;
    // "Istruttore 18,35 110 …" / "tecnico" / "(geometra)" / "C3": an aside in brackets among the label's words.
    const labelGoesOn =
      draft !== null &&
      lowerCase &&
      (draft.tokens.length === 0 ? this.valuesFollow(after) : next?.kind === 'row-start' && (isLabelTail(draft, next, this.expected) || (repeatsOwnGrade(draft, next, this.expected, true) && !this.labelsRowBelow(after))));
    if (!labelGoesOn && this.bracketClosedBelow(i, collapseSpace(line.text))) {
      // "Istruttore direttivo D4 (ex" / "D1) 21,19 …": the label's start, the row below ends it.
      this.flush();
      this.draft = { lines: [line], grade: null, label: collapseSpace(line.text), tokens: [], tokenLines: [] };
      this.account(line, 'row');
      return true;
    }
    // "Istruttore    D3    21,32 …" / "direttivo": the rest of the label, under its start.
    if (!labelGoesOn && (this.wrappedCellText(i) || (draft !== null && lowerCase && wrapsUnderLabel(draft, line.text, this.expected)))) {
      this.account(line, 'row');
      return true;
    }
    if (labelGoesOn) {
      continueLabel(draft, line, collapseSpace(line.text));
      this.account(line, 'row');
      return true;
    }
    if (this.headerTailAgain(i)) {
      this.account(line, 'noise');
      return true;
    }
    this.flush();
    // "Personale dell’Ufficio Ragioneria" above a second header: the caption of the table it opens;
    // "Ufficio Anagrafe" above rows: the caption of the rows an office's total will sum, or the end
    // of a label wrapped from the row before ("D3 (infermiere … / professionale)").
    // "1	Istruttore" / "amministrativo C1	16,76 …": a label set above its values after the row's number.
    const caption = CAPTION.test(line.text.trim().replace(NUMBERED, ''));
    if (this.opensSection(i)) this.account(line, 'noise');
    else if (caption && (this.valuesFollow(after) || (next?.kind === 'row-start' && LOWER_CASE_START.test(next.label)))) {
      // "Istruttore" / "17,10 100 …" / "amm.vo C3": a label set above its values, as a cell centres it.
      this.draft = { lines: [line], grade: null, label: collapseSpace(line.text), tokens: [], tokenLines: [] };
      this.account(line, 'row');
    } else if (next?.kind === 'header' || (next?.kind === 'row-start' && caption) || this.captionOverHeader(after)) this.account(line, 'noise');
    else if (this.cellAboveGrade(i)) this.account(line, 'row');
    else if (this.headerTail(i)) this.account(line, 'noise');
    else unreadable(this.reading, line, 'text inside a staff table');
    return true;
  }

  /**
   * "3 Istruttore … C1 20,34 75 1525,50 20" / "305,10 Rag. G. De Luca": a row broken at a fixed width,
   * its last figures carried to the start of the next line, before a name or a note. Joined only
   * where those figures give the row one value a column and its arithmetic holds (1525,50 × 20 / 100
   * = 305,10); else the line stays unread, said so.
   */
  private completesDraftAtStart(line: SourceLine): boolean {
    const draft = this.draft;
    const figures = LEADING_FIGURES.exec(collapseSpace(line.text));
    if (draft === null || figures === null || valuesIn(draft) >= this.expected) return false;
    const numbers = figures[1]!.split(' ');
    if (!completesRow(draft, numbers, this.columns)) return false;
    draft.lines.push(line);
    draft.tokens.push(...numbers);
    draft.tokenLines.push(...numbers.map(() => line));
    this.account(line, 'row');
    return true;
  }

  /**
   * "Camera di Commercio … di Napoli – tel. 081" / "7607111": a letterhead's line broken at a fixed
   * width, its telephone's last digits alone on the next line; one whole number without separators,
   * right after a contact line ending on the telephone's first digits, is the number's rest where
   * the row open above is whole without it, with the first figures below the footer's and the next
   * page header's lines of words: "C3 17,10 150" / … / "2565,00
   * 20 513" (17,10 × 150 = 2565,00, 20% of it 513). Not a row's cell after the footer ("B1 15,00 20
   * 300,00 15" / "… tel. 0575 5071" / "54"), which no figures below complete.
   */
  private telephoneGoesOn(i: number, kind: Extract<LineKind, { kind: 'numbers' }>): boolean {
    if (this.draft === null || kind.numbers.length !== 1 || !/^\d+$/.test(kind.numbers[0]!)) return false;
    const above = previousLine(this.kinds, i);
    const text = above >= 0 && this.kinds[above]!.kind === 'text' ? this.region.body[above]!.text : '';
    if (!isContactLine(text) || !TELEPHONE_AT_END.test(text)) return false;
    let at = nextLine(this.kinds, i);
    // The rest of the footer, the page's number and the next page's header, between.
    while (at < this.kinds.length && (this.kinds[at]!.kind === 'text' || this.kinds[at]!.kind === 'page-number' || this.pageNumberAlone(at))) at = nextLine(this.kinds, at);
    const below = this.kinds[at];
    return below?.kind === 'numbers' && completesRow(this.draft, below.numbers, this.columns);
  }

  /** Line `at` is a page's number alone: "3" between the footer and the next page. */
  private pageNumberAlone(at: number): boolean {
    const kind = this.kinds[at]!;
    return kind.kind === 'numbers' && isPageNumberLike(kind);
  }

  /**
   * Line `i`, words, stands right beside its page's number, blank lines aside: a running header or
   * footer printed once, after the number ("Pag. 4 di 12" / "Provincia di … – Progetti 2020", or a
   * number alone passed over as its page's) or before it ("Provincia di … – Progetti 2020" / "- 4 -").
   * Not words in lower case, which go on a sentence or a label.
   */
  private besidePageNumber(i: number): boolean {
    const { body } = this.region;
    if (/^\s*\p{Ll}/u.test(body[i]!.text)) return false;
    const pageNumber = (k: number) => this.kinds[k]?.kind === 'page-number' || (k >= 0 && k < body.length && mentionsPage(body[k]!.text));
    const before = previousLine(this.kinds, i);
    const passedOver = before >= 0 && isPageNumberLike(this.kinds[before]!) && this.lastRoleGiven() === 'noise';
    return pageNumber(before) || passedOver || pageNumber(nextLine(this.kinds, i));
  }

  /** The role given to the last line read but blank ones. */
  private lastRoleGiven(): LineRole | undefined {
    const { roles } = this.reading;
    let k = roles.length - 1;
    while (k >= 0 && roles[k]!.role === 'blank') k--;
    return roles[k]?.role;
  }

  /**
   * Line `i` is a footnote at the foot of its page, the table going on over the page: a mark and a
   * sentence, its figures no row's ("1Per la categoria C1 il costo orario di 16,88 euro deriva da
   * 26.332,80 euro annui diviso 1.560 ore."), last before a page break. A row open above it goes on
   * past it, as past the page's other furniture.
   */
  private noteAtPageFoot(i: number): boolean {
    const line = this.region.body[i]!;
    if (line.page === null || !NOTE_SENTENCE.test(line.text) || ROW_LIKE.test(line.text.trim()) || hasRowFigures(line.text)) return false;
    // The page's number or footer may stand under it.
    let k = nextLine(this.kinds, i);
    while (this.region.body[k]?.page === line.page && (this.kinds[k]!.kind === 'page-number' || this.furniture(k))) k = nextLine(this.kinds, k);
    const next = this.region.body[k];
    return next !== undefined && next.page !== line.page;
  }

  /** Line `i` is the first of the body, and no line of the table was read as a row or a total. */
  private firstOfUnreadTable(i: number): boolean {
    return this.lastRowOrTotal < 0 && nextLine(this.kinds, -1) === i;
  }

  /**
   * "Profilo Fasc Costo Ore …" / "ia orario": the last words of the header's stacked headings, in
   * lower case, left under the header printed again over a page; the row above stays open.
   */
  private headerTailAgain(i: number): boolean {
    const text = this.region.body[i]!.text.trim();
    const above = previousLine(this.kinds, i);
    return above >= 0 && this.kinds[above]!.kind === 'header' && LOWER_CASE_START.test(text) && !DIGIT.test(text) && text.length <= MAX_HEADER_TAIL && text.split(/\s+/).length <= 2;
  }

  /**
   * "Ore" / "progetto": the last word of a heading stacked over three lines or more, left under
   * the header (no header word of its own): a word or two, no figure, before any line of the table.
   */
  private headerTail(i: number): boolean {
    const text = this.region.body[i]!.text.trim();
    return previousLine(this.kinds, i) < 0 && !DIGIT.test(text) && text.length <= MAX_HEADER_TAIL && text.split(/\s+/).length <= 2;
  }

  /**
   * "Fontana Irene" / "Istruttori" / "C1" / "19,20" / …: one cell a line (a word processor's text of
   * a table), the person's and the area's cells above the grade's, which opens the row.
   */
  private cellAboveGrade(i: number): boolean {
    let k = i;
    for (let cells = 0; cells < MAX_CELLS_ABOVE_GRADE; cells++) {
      const text = this.region.body[k]!.text.trim();
      if (this.kinds[k]?.kind !== 'text' || DIGIT.test(text) || text.length > MAX_WRAPPED_CELL) return false;
      k = nextLine(this.kinds, k);
      const kind = this.kinds[k];
      if (kind?.kind === 'row-start') return kind.numbers.length === 0 && this.kinds[nextLine(this.kinds, k)]?.kind === 'numbers';
    }
    return false;
  }

  /**
   * Line `i`, words after a subtotal or a header and before rows or a header, is the caption of
   * the section they open: "Seconda fase: ottobre, novembre, dicembre", "Squadra esterna – operai B3
   * e autisti C1", "PRIMA FASE (APRILE – MAGGIO – GIUGNO)".
   */
  private opensSection(i: number): boolean {
    const previous = previousLine(this.kinds, i);
    const before = previous < 0 ? 'header' : this.kinds[previous]!.kind;
    const words = (at: number) => !AMOUNT_WITH_DECIMALS.test(this.region.body[at]!.text);
    if ((before !== 'total' && before !== 'header') || !/^\s*\p{Lu}/u.test(this.region.body[i]!.text) || !words(i)) return false;
    // A caption of two lines: "Ufficio Tributi e Riscossione" / "(personale assegnato dal 1° marzo)".
    const next = nextLine(this.kinds, i);
    const after = this.kinds[next]?.kind === 'text' && words(next) ? this.kinds[nextLine(this.kinds, next)] : this.kinds[next];
    return after?.kind === 'row-start' || after?.kind === 'header';
  }

  /**
   * Line `i`, words right above or below a row whose label has words, or that stands between two
   * lines of words ("Istruttoria delle pratiche di accesso ai" / "Rossi M. C1 servizi e verifica …
   * 20,34 100 …" / "dagli utenti"), is the text of a cell wrapped over lines beside the row's
   * figures, which its cell centres.
   */
  private wrappedCellText(i: number): boolean {
    const text = this.region.body[i]!.text.trim();
    if (DIGIT.test(text) || text.length > MAX_WRAPPED_CELL || ROW_LIKE.test(text) || this.labelsValuesBelow(i)) return false;
    const row = (at: number) => {
      const kind = this.kinds[at];
      return kind?.kind === 'row-start' && kind.numbers.length >= MIN_ROW_VALUES ? kind : null;
    };
    const words = (at: number) => this.kinds[at]?.kind === 'text' && !DIGIT.test(this.region.body[at]!.text);
    // The row's label has words of its own, or the row stands between two such lines of words.
    const wordy = (at: number, across: number) => {
      const kind = row(at);
      return kind !== null && ((kind.label.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2 || words(across));
    };
    // "B5 90 15,83 1.424,70 20 % 284,94" / "(supporto)": the row's role in brackets, under its grade;
    // under the rest of its label, or the table's header printed again on the next page, while the row is open.
    const rowOpen = this.draft !== null && valuesIn(this.draft) >= this.expected;
    return wordy(i - 1, i - 2) || wordy(i + 1, i + 2) || (IN_BRACKETS.test(text) && (row(previousLine(this.kinds, i)) !== null || rowOpen));
  }

  /**
   * Line `i`, a label with a grade code but no values, belongs to the row below it: values without
   * a label follow it ("D3" / "21,40 120 …"), past the page's furniture too ("A4" / "Piazza
   * Garibaldi, 6 – … Tel. …" / "12" / "14,31 80 …"), or a row whose label has no code ("D3" /
   * "Bianchi Laura 21,40 120 …").
   */
  private labelsRowBelow(i: number): boolean {
    let at = nextLine(this.kinds, i);
    while (at < this.kinds.length && (this.kinds[at]!.kind === 'page-number' || this.pageNumberAlone(at) || (this.kinds[at]!.kind === 'text' && this.furniture(at)))) at = nextLine(this.kinds, at);
    const below = this.kinds[at];
    return below?.kind === 'numbers' || (below?.kind === 'row-start' && isRowWithoutGrade(below));
  }

  /**
   * Line `i` starts a label whose row's values, a whole row's, are on the line right below, without
   * a label: "Area degli Istruttori – ex C2 19,54 …" / "Operatore esperto" / "17,45 100 …" / "(ex
   * B3)", a cell's words wrapped around the figures it centres; not the row above's label going on.
   */
  private labelsValuesBelow(i: number): boolean {
    const below = this.kinds[i + 1];
    return below?.kind === 'numbers' && below.numbers.length >= this.expected;
  }

  /** Line `at` is the second line of a caption right above a header: "Servizi sociali – area anziani" / "Personale assegnato al progetto" / header. */
  private captionOverHeader(at: number): boolean {
    return this.kinds[at]?.kind === 'text' && this.kinds[nextLine(this.kinds, at)]?.kind === 'header';
  }

  /**
   * Line `i`, a small whole number alone, is its page's number: beside the page's furniture
   * ("Sede legale: … tel. 0871 3541" / "19" / "411,04", the rest of a row), set apart by blank lines
   * on both sides, last on its page before a form feed inside a row ("17,82" / "1" / form feed /
   * "200", one cell a line), or between a total's label and its figures ("Totale" / "1" /
   * "1618,4"); not a cell the row being read needs.
   */
  private pageBreakAt(i: number): boolean {
    const after = this.kinds[nextLine(this.kinds, i)];
    // "A4 14,31 40 572,40 15" / blank lines / "2" / blank lines / "85,86": set apart as a page's end leaves it.
    const setApart = blanksBefore(this.kinds, i) >= 2 && nextLine(this.kinds, i) - i > 2;
    const furniture = this.besideFurniture(i);
    // "C4" / "17,82" / "1" / form feed / "200" / "3564,00": the last line of its page, in text of one cell a line.
    const lastOfPage = this.context.atPageEdge(this.region.body[i]!.line) && this.region.body[nextLine(this.kinds, i)]?.page !== this.region.body[i]!.page;
    if (!furniture && !setApart && !lastOfPage && !(this.pendingTotal !== null && after?.kind === 'numbers')) return false;
    const draft = this.draft;
    const kind = this.kinds[i]!;
    // No row left open: beside the furniture, or before a total's figures ("Totale" / "180" alone is its figure).
    if (!draft || draft.tokens.length >= this.expected || kind.kind !== 'numbers') return furniture || (this.pendingTotal !== null && after?.kind === 'numbers');
    // A row left open above it: the number is the page's where the figures after it give the row
    // its cells without it ("… 1468,00 28" / footer / "19" / "411,04"), a cell where they do with it
    // ("D3 22,50 40 900,00 20" / running header / "180"; "C1 16,27 100 1627,00" / header / "20" /
    // "325,4"), wrong or not: the row's findings will show; where neither, the row's arithmetic decides.
    const missing = this.expected - draft.tokens.length;
    const following = this.figuresAfter(i);
    if (kind.numbers.length + following.length === missing) return false;
    if (following.length === missing) return true;
    // Set apart by blank lines only, where the count settles nothing (cells glued, "975,2715"), it is
    // the row's: the row's reading weighs it as a page's number that may be passed over.
    return furniture && !completesRow(draft, [...kind.numbers, ...following], this.columns);
  }

  /**
   * The figures of the lines of figures right after line `i`, blank lines and the page's furniture
   * aside; not the table's last line of figures, which may be its unlabelled total.
   */
  private figuresAfter(i: number): string[] {
    const figures: string[] = [];
    for (let k = nextLine(this.kinds, i); k < this.kinds.length && k < this.lastTableLine; k = nextLine(this.kinds, k)) {
      const kind = this.kinds[k]!;
      if (kind.kind === 'numbers') figures.push(...kind.numbers);
      else if (kind.kind !== 'text' || !this.furniture(k)) break;
    }
    return figures;
  }

  /**
   * The nearest line of words before or after line `i`, blank lines and lone numbers aside, is the
   * page's furniture: "19" after a footer, "10" before the next page's running header, "15" / "16"
   * (two pages' numbers) before it.
   */
  private besideFurniture(i: number): boolean {
    const lone = (k: number) => this.kinds[k]?.kind === 'numbers' && isPageNumberLike(this.kinds[k] as Extract<LineKind, { kind: 'numbers' }>);
    let before = previousLine(this.kinds, i);
    while (lone(before)) before = previousLine(this.kinds, before);
    let after = nextLine(this.kinds, i);
    while (lone(after)) after = nextLine(this.kinds, after);
    return [before, after].some((k) => this.kinds[k]?.kind === 'text' && this.furniture(k));
  }

  /** Line `k`, of words, is the page's furniture: a running header or footer, a letterhead's line. */
  private furniture(k: number): boolean {
    const text = this.region.body[k]!.text;
    return this.context.isRepeated(text) || mentionsPage(text) || isContactLine(text);
  }

  /** Line `at` holds a row's values, or starts the words of a label in lower case right above them. */
  private valuesFollow(at: number): boolean {
    return this.kinds[this.pastLabelWords(at)]?.kind === 'numbers';
  }

  /** "TOTALE PROGETTO" / "ore 200 prodotto 3.600,00 risultato 702,00": a total's figures, named, on the line after its label. */
  private readPendingTotal(i: number): boolean {
    const numbers = totalFigures(this.region.body[i]!.text);
    if (numbers !== null && numbers.length > 0) return this.closePendingTotal(i, numbers);
    disown(this.reading, [this.pendingTotal!.line], 'a total’s label without figures that can be read');
    this.pendingTotal = null;
    return this.readText(i);
  }

  /** The figures, on line `i`, of the total whose label stood alone before them. */
  private closePendingTotal(i: number, numbers: string[]): boolean {
    const line = this.region.body[i]!;
    if (numbers.length === 1 && this.completesLastRow(i, numbers[0]!)) return true;
    const pending = this.pendingTotal!;
    this.pendingTotal = null;
    this.account(line, 'total');
    this.addTotal(numbers, [pending.line, line], pending.label);
    return this.readsOnAfterTotal(i);
  }

  /**
   * "B1" / "14,35" / "80" / "20 229,60" / "Totale" / "1.148,00" / "1.672,76": text taken out of a
   * PDF column by column may print the last row's missing cell after the total's label, then the
   * total. The figure on line `i`, with a single figure after it, is that row's where the row
   * lacks one value and the figure, wherever it is put among its values, makes every value hold
   * in the row's arithmetic in one reading only; the row is read again with it.
   */
  private completesLastRow(i: number, figure: string): boolean {
    const draft = this.lastDraft;
    const after = this.kinds[nextLine(this.kinds, i)];
    if (!draft || draft.tokens.length !== this.expected - 1 || after?.kind !== 'numbers' || after.numbers.length !== 1) return false;
    const line = this.region.body[i]!;
    const holding = Array.from({ length: draft.tokens.length + 1 }, (_, at) => {
      const tokens = [...draft.tokens.slice(0, at), figure, ...draft.tokens.slice(at)];
      const tokenLines = [...draft.tokenLines.slice(0, at), line, ...draft.tokenLines.slice(at)];
      return this.readDraft({ ...draft, lines: [...draft.lines, line], tokens, tokenLines });
    }).filter((read) => read.resolution.problem === null && placed(read) === draft.tokens.length + 1 && allHoldTogether(read.resolution.cells));
    // The row reader puts a figure in its column wherever it stands: several places may read alike.
    if (holding.length === 0 || holding.some((read) => cellsKey(read) !== cellsKey(holding[0]!))) return false;
    const read = holding[0]!;
    this.reading.rows[this.reading.rows.length - 1] = read;
    this.lastDraft = null;
    this.account(line, 'row');
    // A lone figure of the row first read as its page's number ("80" between blank lines) is the row's again.
    for (const role of this.reading.roles) if (read.source.lines.includes(role.line)) role.role = 'row';
    return true;
  }

  /**
   * "Istruttore amministrativo" / "17,10 50 855,00 20 171,00" / "contabile C3": a label the
   * document prints more than once (two rows of one profile), above the values its cell centres
   * beside it, rather than a running header; one between the halves of a row still open, or
   * above a total ("Provincia di Livorno" / "11.075,74"), is the page's furniture.
   */
  private labelAbove(i: number): boolean {
    if (this.draft !== null && this.draft.tokens.length < this.expected) return false;
    // "Collaboratore" / "professionale" / "16,20 90 …": the label's words going on above its values.
    const values = this.kinds[this.pastLabelWords(nextLine(this.kinds, i))];
    return values?.kind === 'numbers' && values.numbers.length >= MIN_ROW_VALUES && CAPTION.test(this.region.body[i]!.text.trim());
  }

  /** The line after those from `at` that are a label's words in lower case, a few at most: where its values may stand. */
  private pastLabelWords(at: number): number {
    let k = at;
    for (let words = 0; words < MAX_WORDS_ABOVE_VALUES && this.kinds[k]?.kind === 'text' && LABEL_WORDS.test(this.region.body[k]!.text); words++) k = nextLine(this.kinds, k);
    return k;
  }

  /**
   * "Collaboratore" / "professionale" / "16,20 90 …" / "terminalista" / "B3": a word or two of a
   * profile, in lower case, going on the label of the row being read; printed again in another
   * project's table, as staff work on several projects, and still no running header.
   */
  private labelWordsGoOn(line: SourceLine): boolean {
    return this.draft !== null && LABEL_WORDS.test(line.text);
  }

  /** "7" alone after the last row, before a page break, or after the table's own total, or set apart by the blank lines a page's end leaves: the page's number, not an unlabelled total. */
  private pageNumber(i: number): boolean {
    const { kinds, lastRowStart } = this;
    return i > lastRowStart && isPageNumberLike(kinds[i]!) && (this.context.atPageEdge(this.region.body[i]!.line) || blanksBefore(kinds, i) >= 2 || amountBetween(kinds, lastRowStart, i));
  }

  /** "D6 24,04 140 3365,6 25 841" / blank lines / "841": a whole number that is the sum of the rows' results is their total, not the page's number. */
  private sumsTheResults(figure: string): boolean {
    const value = parseItalianNumber(figure)?.value;
    if (!value) return false;
    let sum = sumOfColumn(this.reading.rows, 'result');
    const draft = this.draft;
    if (draft && draft.tokens.length > 0) {
      const read = resolveCells(draft.tokens, this.columns);
      if (read.problem === null && read.cells.result) sum = sum.plus(read.cells.result.value);
    }
    return sum.equals(value);
  }

  /** Ends the row being read: a row of it, or, a label without values, a line not read. */
  private flush(): void {
    const draft = this.draft;
    if (draft && draft.tokens.length === 0) disown(this.reading, draft.lines, 'a label without any value');
    else if (draft) this.reading.rows.push(this.readDraft(draft));
    this.lastDraft = draft && draft.tokens.length > 0 ? draft : null;
    this.draft = null;
  }

  /** A row read without its count of persons, where the header has a column of them; left unread when its hours are a person's. */
  private readDraft(draft: RowDraft): ReadRow {
    const withoutPeriods = this.periods > 0 ? withoutPeriodHours(draft, this.periods, this.columns) : null;
    const row = withoutPeriods ?? draft;
    const uncounted = this.count !== undefined ? withoutCount(row) : null;
    if (uncounted) {
      const read = this.readCells(uncounted.draft);
      if (!hoursPerPerson(read.resolution.cells, uncounted.persons)) return read;
      const resolution = hoursPerPersonUnread(read.resolution, uncounted.persons);
      return { ...read, resolution, repairs: [...read.repairs.filter((r) => r.kind !== 'cells-unresolved'), ...resolution.repairs] };
    }
    const read = this.readCells(row);
    const amiss = this.periods > 0 && !withoutPeriods && read.resolution.problem !== null ? periodsAmiss(draft, this.periods, this.columns) : null;
    return amiss ? withProblemSaid(read, amiss) : read;
  }

  private readCells(row: RowDraft): ReadRow {
    if (this.outside.leads.length + this.outside.basis.length + this.outside.charges.length > 0) return this.readOutsideCells(row);
    const { share, columns } = this;
    const others = this.others === undefined ? null : this.withoutOtherColumns(row);
    if (others) return others;
    const apart = share !== undefined && row.tokens.length === announcedColumns(columns).length + 1 ? row.tokens[row.tokens.length - 1]! : null;
    const cells = apart === null ? row : tokensBetween(row, 0, row.tokens.length - 1);
    const read = finishRow(withoutPageNumber(cells, columns, this.reading), columns);
    if (apart === null) return read;
    const repair: Repair = { kind: 'share-column', detail: `"${apart}" under "${share}", a column of its own after the result: not read` };
    return { ...read, repairs: [...read.repairs, repair] };
  }

  /**
   * A row under a header with columns that are none of a staff row's, before the cost (leads) or
   * after the result (charges): read without them. Where it prints every one, its own values
   * stand between them; where it prints fewer (a cell left blank), where they stand is taken only
   * from the arithmetic of the values. Otherwise it is read whole, which no staff row's reading
   * holds: the row is said unread.
   */
  private readOutsideCells(row: RowDraft): ReadRow {
    const { outside, columns } = this;
    const printed = this.expected - this.periods;
    const own = printed - outside.leads.length - outside.basis.length - outside.charges.length;
    const costAt = announcedColumns(columns).indexOf('hourlyCost');
    for (const run of ownTokenRuns(row.tokens.length, own, outside)) {
      const basis = basisTokens(run, costAt, outside);
      const cells = withoutTokens(tokensBetween(row, run.from, run.to), basis.from - run.from, basis.to - run.from);
      const read = finishRow(withoutPageNumber(cells, columns, this.reading), columns);
      if (row.tokens.length === printed || (read.resolution.problem === null && allHoldTogether(read.resolution.cells))) {
        return { ...read, repairs: [...read.repairs, ...outsideRepairs(row.tokens, run, basis, outside)] };
      }
    }
    return finishRow(withoutPageNumber(row, columns, this.reading), columns);
  }

  /**
   * A row that prints figures after its own under a header with words after the result that name
   * no column we know ("PUNTEGGIO", "ORE RECUPERO"): read without them only where every value of
   * its own holds in its arithmetic; null otherwise, and the row is read as any other.
   */
  private withoutOtherColumns(row: RowDraft): ReadRow | null {
    const own = announcedColumns(this.columns).length;
    if (row.tokens.length <= own) return null;
    const read = finishRow(tokensBetween(row, 0, own), this.columns);
    if (read.resolution.problem !== null || !allHoldTogether(read.resolution.cells)) return null;
    const apart = row.tokens.slice(own).map((token) => `"${token}"`).join(', ');
    const repair: Repair = { kind: 'other-columns', detail: `${apart} under "${this.others}", after the result: columns we do not know, not read` };
    this.otherFigures = Math.max(this.otherFigures, row.tokens.length - own);
    return { ...read, repairs: [...read.repairs, repair] };
  }

  /** Keeps the amount a line after the total says for the fund, its last figure; a line whose figures no reading makes a number of is said unread. */
  private keepSaidForTheFund(line: SourceLine, numbers: string[], label: string): void {
    const amount = parseItalianNumber(numbers.filter((n) => !isEmptyCell(n)).at(-1) ?? '');
    if (amount) this.reading.saidForTheFund = { amount, source: { lines: [line.line], page: line.page }, label };
    else disown(this.reading, [line], 'an amount for the fund whose figures could not be read');
  }

  /** A total, without the figures of the columns after the result (a share, charges, columns we do not know) where the line prints them. */
  private addTotal(numbers: string[], lines: SourceLine[], label: string): void {
    const { charges } = this.outside;
    const after = charges.length > 0 ? charges.length : this.share !== undefined ? 1 : this.otherFigures;
    const figures = after > 0 ? numbers.filter((n) => !isEmptyCell(n)) : numbers;
    // Fewer figures than the columns after the result, some left blank: the result's, leftmost, is the first.
    const own = figures.length > after ? figures.slice(0, figures.length - after) : charges.length > 0 || this.otherFigures > 0 ? figures.slice(0, 1) : figures;
    addTotal(this.reading, own, lines, label);
  }

  private account(line: SourceLine, role: LineRole): void {
    this.reading.roles.push({ line: line.line, role });
  }
}

/** How many of a row's columns hold a value. */
function placed(read: ReadRow): number {
  return Object.values(read.resolution.cells).filter((cell) => cell !== null).length;
}

/** A row's values as printed, column by column: what tells two readings apart. */
function cellsKey(read: ReadRow): string {
  return Object.values(read.resolution.cells).map((cell) => cell?.raw ?? '').join('|');
}

/** A row not read, with why after what its reading found ("9 values for 5 columns; the hours by period … do not add up …"). */
function withProblemSaid(read: ReadRow, why: string): ReadRow {
  const problem = `${read.resolution.problem}; ${why}`;
  const said = (repair: Repair): Repair => (repair.kind === 'cells-unresolved' ? { ...repair, detail: `${repair.detail}; ${why}` } : repair);
  return { ...read, resolution: { ...read.resolution, problem, repairs: read.resolution.repairs.map(said) }, repairs: read.repairs.map(said) };
}

/** What the figures of a table's rows and totals show of their format. */
function formatShownBy(kinds: LineKind[]): FormatShown {
  return formatShown(figuresOf(kinds));
}

/** The figures of each line, one line at a time: the look mostly stops at the first row's. */
function* figuresOf(kinds: LineKind[]): Generator<readonly string[]> {
  for (const kind of kinds) if (kind.kind === 'row-start' || kind.kind === 'numbers' || kind.kind === 'total') yield kind.numbers;
}

/** A line of English figures with them written the Italian way, for the row reader: "4,308.00" → "4.308,00". */
function writtenItalian(kind: LineKind): LineKind {
  return kind.kind === 'row-start' || kind.kind === 'numbers' || kind.kind === 'total' ? { ...kind, numbers: kind.numbers.map(swapSeparators) } : kind;
}

/**
 * A table of English figures, read written the Italian way, with each value's raw text as printed
 * again, the figures in its repairs' details too, and an `english-format` repair on every row.
 */
function asPrintedEnglish(reading: TableReading): TableReading {
  const english = (amount: Amount | null) => amount && printedEnglish(amount);
  const repair: Repair = {
    kind: 'english-format',
    detail: "figures read the English way, a dot before the decimals and commas setting thousands apart: the table's figures can only be read so (\"4,308.00\") or read alike both ways",
  };
  return {
    ...reading,
    rows: reading.rows.map((row) => {
      const { hourlyCost, hours, product, percentage, result } = row.resolution.cells;
      const cells = { hourlyCost: english(hourlyCost), hours: english(hours), product: english(product), percentage: english(percentage), result: english(result) };
      const repairs = [repair, ...row.repairs.map((r) => ({ ...r, detail: swapFiguresIn(r.detail) }))];
      return { ...row, resolution: { ...row.resolution, cells }, repairs };
    }),
    totals: reading.totals.map((total) => ({ ...total, amount: printedEnglish(total.amount) })),
  };
}

/** The header's columns of the hours' basis, where its rows print the hours right after the cost; else none. */
function hoursBasis(header: TableRegion['header'], columns: StaffColumn[]): string[] {
  const announced = announcedColumns(columns);
  const costAt = announced.indexOf('hourlyCost');
  return costAt >= 0 && announced[costAt + 1] === 'hours' ? (header.hoursBasisColumns ?? []) : [];
}

/** The total above the header: outside the table's region, it has no role there; its source says where it stands. */
function readTotalAbove(reading: TableReading, line: SourceLine): void {
  const kind = classifyLine(line.text);
  if (kind.kind === 'total' && kind.numbers.length > 0) addTotal(reading, kind.numbers, [line], kind.label);
}

/** The rows, their product taken from the column where every row shows it (see `productColumnAsRowsShow`). */
function productAsRowsShow(rows: ReadRow[]): ReadRow[] {
  const from = productColumnAsRowsShow(rows.filter((r) => r.resolution.problem === null).map((r) => r.resolution.cells));
  if (from === null) return rows;
  return rows.map((row) => {
    const moved = withProductFrom(row.resolution.cells, from);
    return moved ? { ...row, resolution: { ...row.resolution, cells: moved.cells }, repairs: [...row.repairs, moved.repair] } : row;
  });
}

/** The rows, their hourly costs and hours swapped when the rows show the hours printed first. */
function costAndHoursAsRowsShow(rows: ReadRow[], header: TableRegion['header']): ReadRow[] {
  const read = rows.filter((r) => r.resolution.problem === null).map((r) => ({ grade: r.grade, cells: r.resolution.cells }));
  if (!header.orderKnown) return hoursPrintedFirst(read) ? rows.map((row) => withCostAndHoursSwapped(row, 'unsaid')) : rows;
  // "COSTO GIORNALIERO 144 / GIORNATE 12,50": a day costs a hundred euros or more.
  if (header.lines.some((line) => DAYS.test(line.text))) return rows;
  return hoursPrintedFirstAgainstHeader(read) ? rows.map((row) => withCostAndHoursSwapped(row, 'header')) : rows;
}

/** A note's mark, glued to it or set apart, and a sentence of five words or more: "1Per la categoria C1 il costo orario di 16,88 euro …". */
const NOTE_SENTENCE = /^\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\(\d{1,2}\)|\*{1,3})\s?\p{Lu}[\p{Ll}’']+(?:\s+\S+){4,}$/u;
/**
 * "6Costo orario tabellare della categoria, comprensivo di …", "¹ Importo al lordo degli oneri …":
 * a page's footnote under a table going on over the page, its mark glued to it or set apart, and
 * a sentence of five words or more; no amount with decimals (a numbered row whose values could
 * not be read: "2 Istruttore Amministrativo … C1 20,34 110 …").
 */
const FOOTNOTE = new RegExp(`${NOTE_SENTENCE.source}(?<!\\d,\\d.*)`, 'u');

/**
 * "segue", "(segue)", "– continua –", "continua →", "segue alla pagina successiva", "./.", ". / .":
 * the table goes on over the page; also the project's title with "(segue)" after it, and "segue"
 * before a caption ("segue Progetto n. 2 – …").
 */
const CONTINUES =
  /^\s*[(\-–—]?\s*(?:(?:segue|continua)(?:\s+(?:alla|nella|a)\s+pag(?:ina|\.)\s*(?:successiva|seguente|\d+))?|\.\s?\/\s?\.)\s*[)\-–—.→>]*\s*$|^[^\d]{3,160}\((?:segue|continua)\)\s*$|^\s*segue\s+progetto\b/i;

/** A header counting days, not hours: "COSTO GIORNALIERO", "GIORNATE/UOMO", "GIORNI". */
const DAYS = /\bgiorn(?:i|at[ae]|alier[oa])\b/i;

function withCostAndHoursSwapped(row: ReadRow, against: 'unsaid' | 'header'): ReadRow {
  const swapped = costAndHoursSwapped(row.resolution.cells, against);
  if (!swapped) return row;
  return { ...row, resolution: { ...row.resolution, cells: swapped.cells }, repairs: [...row.repairs, swapped.repair] };
}

/**
 * "Collaboratore prof.le D4 € 21,60 90 …" / "amministrativo D4", "Assistente C3 € 17,48 …" /
 * "amministrativo contabile" / "C3": a profile's name ending on the code the row prints in a
 * column of its own, wrapped in its cell under the row: words without values whose grade code is
 * the row's own, once the row has its values, going on in lower case, or the code alone after
 * the label's words below the row (`afterLabelWords`). Not a note that names the grade ("Nota del
 * dirigente D3").
 */
function repeatsOwnGrade(draft: RowDraft, kind: Extract<LineKind, { kind: 'row-start' }>, expected: number, afterLabelWords = draft.lines.length > 1): boolean {
  if (kind.numbers.length > 0 || kind.grade === null || kind.grade !== draft.grade || draft.gradeShared === true || draft.tokens.length < expected) return false;
  return LOWER_CASE_START.test(kind.label) || (isGradeAlone(kind) && afterLabelWords);
}

/**
 * A grade code without values after a row whose label has none: the end of that row's label,
 * wrapped in its cell ("Istruttore 17,10 90 …" / "amm.vo C3").
 */
function isLabelTail(draft: RowDraft, kind: Extract<LineKind, { kind: 'row-start' }>, expected: number): boolean {
  // "Istruttore 18,62 150 …" / "contabile cat. C1" / "Istruttore 18,62 95,50 …" / "contabile cat. C1": a grade
  // taken from the code between the rows, as a cell merged over both prints it, gives way to the row's own below it.
  const ownGradeMissing = draft.grade === null || draft.gradeShared === true;
  return kind.numbers.length === 0 && kind.grade !== null && ownGradeMissing && draft.label !== '' && draft.tokens.length >= expected - 1;
}

/**
 * "D3" / "Bianchi Laura 21,40 120 2.568,00 20 513,60": a row started by its grade code alone, no
 * figure yet, and a row below with figures and a label without a code: one row, the code its grade.
 * Not a row below with a code of its own ("D3" / "C1 Verdi 18,25 …").
 */
function isGradeAbove(draft: RowDraft, kind: Extract<LineKind, { kind: 'row-start' }>): boolean {
  return draft.tokens.length === 0 && draft.gradeShared !== true && isGradeAlone(draft) && isRowWithoutGrade(kind);
}

/** A label that is a grade code and nothing else: "D3", "D 3". */
function isGradeAlone(start: { label: string; grade: string | null }): boolean {
  return start.grade !== null && start.label.replace(/\s+/g, '').toUpperCase() === start.grade;
}

/** "Bianchi Laura 21,40 120 …": a row's line with its figures and a label without a grade code. */
function isRowWithoutGrade(kind: Extract<LineKind, { kind: 'row-start' }>): boolean {
  return kind.grade === null && kind.numbers.length >= MIN_ROW_VALUES;
}

const LOWER_CASE_START = /^\p{Ll}/u;
/** Lines of a label's words above the values its cell centres beside it, at most. */
const MAX_WORDS_ABOVE_VALUES = 3;
/** One or two words, the first in lower case: "terminalista", "di servizio", "(geometra)". */
const LABEL_WORDS = /^\s*\(?\p{Ll}[\p{L}'’.-]*\)?(?:\s+\(?\p{L}[\p{L}'’.-]*\)?)?\s*$/u;
/** A line of a label's words going on: in lower case, or an aside in brackets ("(geometra)"). */
const LABEL_GOING_ON = /^\s*\(?\p{Ll}/u;
/** A row's number before its label: "1	Istruttore", "2. Istruttore", "3) Istruttore". */
const NUMBERED = /^\d{1,2}[.)]?\s+(?=\p{Lu})/u;
/**
 * A few words without amounts (an office's number aside: "Settore 1 – Servizi finanziari"), not a
 * sentence (a full stop ends only an abbreviation, "Collab."): capitalised, as a caption is
 * ("Ufficio Anagrafe"), or closing a bracket, as a label's end is ("professionale)"). A note in
 * lower case ("vedi la nota in calce") is neither.
 */
const CAPTION = /^(?=.{1,40}$)(?!.*(?:\d[.,]\d|\d{3}))(?=\p{Lu}|.*\)$)(?:\S+\s){0,4}\S+$(?<![;:!?]|\p{L}{7}\.)/u;

/**
 * A few words and one amount with its decimals: "Ammontare € 2.427,60", "Complesso 1255,4", a
 * scan's "1OTALE 548,00" (the white space between collapsed).
 */
const LABELLED_AMOUNT = /^(?=.{1,40}$)(?=[\d.]*\p{L})[\p{L}\d][\p{L}\d\s.]*[\s€]\d[\d.]*,\d\d?$/u;
/** Words in brackets alone on a line: "(supporto)". */
const IN_BRACKETS = /^\([^()]+\)$/;
/** A grade code as a row's grade is written: "C3", "DS5", "EP1", "PLA3". */
const GRADE_CODE = new RegExp(String.raw`^${GRADE_LETTERS}[1-9]$`);
/** A cell's text wrapped beside a row is a line of a narrow column. */
const MAX_WRAPPED_CELL = 60;
/** Cells of words one a line above a row's grade: a name, a profile, an area. */
/** The characters of a header's last word or two, left under it: "progetto", "(in euro)". */
const MAX_HEADER_TAIL = 24;
const MAX_CELLS_ABOVE_GRADE = 3;

const DIGIT = /\d/;
/** "17,10", "1.890,00": a row's figure, which no caption has. */
const AMOUNT_WITH_DECIMALS = /\d,\d/;
/** A grade code (after a row's number, perhaps), then two figures or more: a row, whatever else it holds. */
const ROW_LIKE = new RegExp(String.raw`^(?:\d{1,2}[.)]?\s+)?${GRADE_LETTERS}\s?\.?[1-9](?![\d,.])\D+\d[\d.,]*\D+\d`, 'i');

/**
 * "  Istruttore    D3    21,32    100 …" / "  direttivo": the rest of a row's label, wrapped in its
 * cell onto the line below once the row has all its values: words, no figure, starting right where
 * the label's first word does; the row's line, as a cell's wrapped text is. Words starting elsewhere
 * (under the figures), or under a label that is a grade alone ("D3"), are no label's.
 */
function wrapsUnderLabel(draft: RowDraft, text: string, expected: number): boolean {
  const first = draft.lines[0]!.text;
  if (draft.tokens.length < expected || !LABEL_WORD.test(draft.label) || DIGIT.test(text) || text.trim().length > MAX_WRAPPED_CELL) return false;
  return indentOf(text) === indentOf(first);
}

/** A word of the label's own, not a grade's letters or its "cat.": "Istruttore", "Educatore". */
const LABEL_WORD = /\p{L}{4,}/u;

/** The row's label goes on onto `line`, with its `words`. */
function continueLabel(draft: RowDraft, line: SourceLine, words: string): void {
  draft.lines.push(line);
  draft.label = `${draft.label} ${words}`;
}

/**
 * "Area III 26,35 60 …" / "F3": the band of the row's area; "Operatore esperto" / "17,45 100 …" /
 * "(ex B3)": the former grade after an area of the 2022 contracts; wrapped alone onto the line
 * below in its narrow cell, under a label without a grade.
 */
function isGradeWrappedAlone(draft: RowDraft, text: string): boolean {
  return draft.grade === null && (BAND_ALONE.test(text) || FORMER_GRADE_ALONE.test(text)) && gradeOf(`${draft.label} ${text.trim()}`) !== null;
}

const BAND_ALONE = /^\s*F\s?[1-7]\s*$/;
const FORMER_GRADE_ALONE = /^\s*\(?\s*(?:[–—-]\s*)?(?:ex|già)\s+(?:cat\.?\s*)?[A-D]\s?[1-7]\s*\)?\s*$/i;
const GRADE_LETTERS_LAST = new RegExp(String.raw`(?:^|\s)(${GRADE_LETTERS})$`);
const LONE_DIGIT = /^[1-9]$/;
/** A page's footer and the next one's header: the most lines of text between the halves of a row broken over a page. */
const MAX_LINES_BETWEEN_HALVES = 6;

/** Words, then a row's figures at the line's end: three or more, two of them amounts with cents. */
function hasRowFigures(text: string): boolean {
  return FIGURES_AT_END.test(text) && (text.match(AMOUNT_WITH_CENTS)?.length ?? 0) >= 2;
}

const FIGURES_AT_END = /^\s*\p{L}.*?(?:\s+(?:€\s?)?\d[\d.]*(?:,\d+)?%?){3,}\s*$/u;
const AMOUNT_WITH_CENTS = /\d,\d\d(?!\d)/g;

/** Line `index` is the first that is not blank after line `after`. */
function isFirstAfter(kinds: LineKind[], after: number, index: number): boolean {
  return after >= 0 && nextLine(kinds, after) === index;
}

/** How many blank lines stand right before line `index`. */
function blanksBefore(kinds: LineKind[], index: number): number {
  let blanks = 0;
  while (index - blanks - 1 >= 0 && kinds[index - blanks - 1]!.kind === 'blank') blanks++;
  return blanks;
}

/** A line of figures other than a lone whole number between lines `from` and `to`: a total before a page's number. */
function amountBetween(kinds: LineKind[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const kind = kinds[i]!;
    if ((kind.kind === 'numbers' && !isPageNumberLike(kind)) || kind.kind === 'total') return true;
  }
  return false;
}

/** Whether what follows line `index`, blank lines aside, is a new row, a total or the table's end. */
function endsRows(kinds: LineKind[], index: number): boolean {
  const next = kinds[nextLine(kinds, index)];
  return next === undefined || next.kind === 'row-start' || next.kind === 'total';
}

/** A whole number of up to three digits alone on its line: a page number, where it is no row's. */
function isPageNumberLike(kind: LineKind): boolean {
  return kind.kind === 'numbers' && kind.numbers.length === 1 && /^\d{1,3}$/.test(kind.numbers[0]!);
}

/**
 * Whether the numbers after a table's last row belong to it rather than being an unlabelled
 * total: they do when the row cannot be read without them, or reads better with them.
 */
/** The sum of one column's values over rows read, the cells left empty aside. */
export function sumOfColumn(rows: readonly ReadRow[], column: 'result' | 'product'): Decimal {
  return rows.reduce((sum, row) => {
    const cell = row.resolution.cells[column];
    return cell ? sum.plus(cell.value) : sum;
  }, new Decimal(0));
}

/** A telephone's word and its first digits at a line's end: "… – tel. 081". */
const TELEPHONE_AT_END = /\b(?:tel|fax)\.?\s*[:.]?\s*\+?[\d ]*\d\s*$/i;

/** Figures at a line's start, words after them: "305,10 Rag. G. De Luca". */
const LEADING_FIGURES = /^(\d[\d.,]*(?: \d[\d.,]*)*) (?=\p{L})/u;

/** The row's figures with these after them are one for each column, and hold: cost × hours, and the percentage of it. */
function completesRow(draft: RowDraft, numbers: string[], columns: StaffColumn[]): boolean {
  const tokens = [...draft.tokens, ...numbers];
  if (tokens.length !== announcedColumns(columns).length) return false;
  const joined = resolveCells(tokens, columns);
  return joined.problem === null && arithmeticHolds(joined.cells);
}

function continuesRow(draft: RowDraft, numbers: string[], columns: StaffColumn[]): boolean {
  const alone = resolveCells(draft.tokens, columns);
  if (alone.problem !== null) return true;
  const joined = resolveCells([...draft.tokens, ...numbers], columns);
  if (joined.problem !== null) return false;
  // As well borne out, the reading that changes less of what was printed: "A1 / 10,07 / 1860 / 42 /
  // 7866,68" holds as printed, as "10,0|7 18|60 42" holds only by splitting two cells.
  return joined.score > alone.score || (joined.score === alone.score && joined.repairs.length < alone.repairs.length);
}

/** Whether the last line of the table read so far, blank lines aside, is a row's. */
function rowAboveAdjoins(reading: TableReading): boolean {
  let i = reading.roles.length - 1;
  while (i >= 0 && reading.roles[i]!.role === 'blank') i--;
  const last = reading.roles[i];
  return last?.role === 'row' && reading.rows.at(-1)?.source.lines.includes(last.line) === true;
}

/** A line of figures left outside any row, and the line after it. */
interface Orphan {
  line: SourceLine;
  numbers: string[];
  /** How many rows were read before it. */
  rowsBefore: number;
  next: number | null;
}

/** A line of figures right above a row whose merged cell, centred, stands beside that row: read as the row before it. */
function adoptByRowBelow(reading: TableReading, orphan: Orphan, columns: StaffColumn[]): void {
  const below = reading.rows[orphan.rowsBefore];
  if (!below || below.source.lines[0] !== orphan.next) return;
  const merged = mergedCellRow(below, 'below', reading.rows.slice(0, orphan.rowsBefore), orphan.numbers, columns);
  if (!merged) return;
  reading.rows.splice(orphan.rowsBefore, 0, mergedRow(merged, orphan.line));
  reading.unparsed = reading.unparsed.filter((u) => u.line !== orphan.line.line);
  for (const role of reading.roles) if (role.line === orphan.line.line) role.role = 'row';
}

function mergedRow({ grade, resolution, repair }: NonNullable<ReturnType<typeof mergedCellRow>>, line: SourceLine): ReadRow {
  return { grade, resolution, raw: collapseSpace(line.text), source: { lines: [line.line], page: line.page }, repairs: [repair], ocr: null };
}

/**
 * "A4 14,31 40 572,40 15" / "2" / "85,86": a lone whole number, maybe the page's, that completed a
 * row whose arithmetic then fails, and a line after it that the row holds with in its place: the row
 * goes on past it, and withoutPageNumber drops it. Not where the row holds with the number ("B7 17,66
 * 40 706,40 20" / "9" reads 9 as nothing else), nor where the line after does not make it hold.
 */
function goesOnPastPageNumber(draft: RowDraft, numbers: string[], columns: StaffColumn[], expected: number): boolean {
  const { pageNumber } = draft;
  if (!pageNumber || valuesIn(draft) - 1 + numbers.length !== expected) return false;
  const withIt = resolveCells(draft.tokens, columns);
  if (withIt.problem === null && arithmeticHolds(withIt.cells)) return false;
  const without = resolveCells([...draft.tokens.filter((_, k) => k !== pageNumber.at), ...numbers], columns);
  return without.problem === null && arithmeticHolds(without.cells);
}

/** How many values a row's tokens stand for: two a no-break space holds together ("2 012,00", one cell a line) are one. */
function valuesIn(draft: RowDraft): number {
  const { tokens } = draft;
  if (tokens.length < 2 || !draft.lines.some((line) => line.text.includes(NO_BREAK_SPACE))) return tokens.length;
  return tokens.length - joinSites(tokens, draft.tokenLines).filter((site) => site.noBreak).length;
}

const NO_BREAK_SPACE = '\u00a0';

/** Lines first taken for the start of a row that never got a value: unparsed after all. */
function disown(reading: TableReading, lines: SourceLine[], reason: string): void {
  const numbers = new Set(lines.map((l) => l.line));
  reading.roles = reading.roles.filter((r) => !numbers.has(r.line));
  for (const line of lines) unreadable(reading, line, reason);
}

function unreadable(reading: TableReading, line: SourceLine, reason: string): void {
  reading.roles.push({ line: line.line, role: 'unparsed' });
  reading.unparsed.push({ line: line.line, page: line.page, text: line.text.trim(), reason });
}

/**
 * "Totale 1255,4 7": the page's number glued after the total's figure (a footer set on the total's
 * line): the figure with cents before it, where that one is nearer the rows' results' sum, and the
 * page's number is not the sum or its rounding. A total that leaves out a row ("Totale 1255,4 7"
 * over rows of 1.542,40) is still the figure with cents.
 */
function beforePageNumber(figures: string[], sum: Decimal | null): Amount | null {
  if (figures.length < 2 || sum === null || !PAGE_NUMBER_FIGURE.test(figures[figures.length - 1]!)) return null;
  const before = parseItalianNumber(figures[figures.length - 2]!);
  if (!before || !before.text.includes('.')) return null;
  const page = new Decimal(figures[figures.length - 1]!);
  if (agreementEitherWay(page, sum) !== 'different') return null;
  return before.value.minus(sum).abs().lt(page.minus(sum).abs()) ? before : null;
}

const PAGE_NUMBER_FIGURE = /^\d{1,3}$/;

function addTotal(reading: TableReading, numbers: string[], lines: SourceLine[], label: string): void {
  const figures = numbers.filter((n) => !isEmptyCell(n));
  // The rows' results' sum, which the figures' readings are checked against; null without any result.
  const sum = reading.rows.some((row) => row.resolution.cells.result) ? sumOfColumn(reading.rows, 'result') : null;
  const products = reading.rows.some((row) => row.resolution.cells.product) ? sumOfColumn(reading.rows, 'product') : null;
  const stray = spacedTotal(figures, sum, lines, label, { products, rowsSpaced: setsThousandsApart(reading.rows) }) ?? straySpacedTotal(figures, sum, lines);
  if (stray === UNCONFIRMED) {
    disown(reading, lines, 'a total whose figures a space within a cell may break ("1.2 42,60"): the rows\' results confirm no reading');
    return;
  }
  const amount = stray ?? beforePageNumber(figures, sum) ?? parseItalianNumber(figures[figures.length - 1] ?? '');
  const last = lines[lines.length - 1]!;
  if (!amount) {
    // "TOTALE 1.736.42": figures no reading makes a number of, never passed over unsaid.
    if (figures.length > 0) disown(reading, lines, 'a total line whose figures could not be read');
    return;
  }
  reading.totals.push({ amount, source: { lines: lines.map((l) => l.line), page: last.page }, label, figures: figures.length });
}

