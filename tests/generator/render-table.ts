import type { TableLayout } from './layout.js';
import { type Line, heldLine, line } from './lines.js';
import type { StaffRowTruth } from './materialize.js';
import { type Printed, italian } from './numbers.js';
import type { Random } from './random.js';

const blank = (random: Random): string => (random.chance(0.5) ? '' : ' ');
const spaces = (random: Random, min: number, max: number): string => ' '.repeat(random.int(min, max));

/** The header: the column labels as words, broken over `headerLines` lines. */
/** Hours before cost: only a header on one line says so (words stacked over lines are read a line at a time). */
const hoursFirst = (layout: TableLayout): boolean => layout.columnOrder === 'hours-first' && layout.headerLines === 1;

function headerLines(random: Random, layout: TableLayout): Line[] {
  const labels: string[] = hoursFirst(layout)
    ? [layout.personnelLabel, layout.hoursLabel, layout.costLabel]
    : [layout.personnelLabel, layout.costLabel, layout.hoursLabel];
  if (layout.productColumn !== 'absent') labels.push(layout.productLabel);
  labels.push(layout.percentageLabel, layout.resultLabel);
  const headerWords = labels.join(' ').split(' ');
  const breaks = new Set(random.shuffle(headerWords.map((_, i) => i).slice(1)).slice(0, Math.min(layout.headerLines, headerWords.length) - 1));
  const lines: Line[] = [];
  let current: string[] = [];
  headerWords.forEach((word, i) => {
    if (breaks.has(i)) {
      lines.push(heldLine(current.join(' ')));
      if (layout.headerBlankLines) lines.push(heldLine(blank(random)));
      current = [];
    }
    current.push(word);
  });
  lines.push(line(current.join(' ')));
  return lines;
}

/** A row's cells as printed: empty strings where a cell is blank, product and percentage in one cell when glued. */
function rowCells(random: Random, row: StaffRowTruth, layout: TableLayout, spacedGrade: boolean): string[] {
  const thousands = () => layout.thousands === 'all' || (layout.thousands === 'mixed' && random.chance(0.5));
  const money = (value: Printed) => {
    const amount = italian(value, thousands(), layout.thousandsSeparator);
    if (!layout.euroInCells || !random.chance(0.8)) return amount;
    return layout.euroPosition === 'before' ? `€ ${amount}` : `${amount}${random.pick(['€', ' €'])}`;
  };
  const percentage = italian(row.percentage) + (layout.percentSign === 'none' ? '' : layout.percentSign);
  const grade = spacedGrade ? `${row.grade.slice(0, 1)} ${row.grade.slice(1)}` : row.grade;
  const costAndHours = [italian(row.hourlyCost), italian(row.hours)];
  const cells = [grade, ...(hoursFirst(layout) ? costAndHours.reverse() : costAndHours)];
  if (layout.productColumn === 'absent') return [...cells, percentage, money(row.result)];
  if (layout.gluedCells && row.glueable && row.product) {
    // pdftotext glues product and percentage when the column gap is narrow: "4714,0015", "471420"
    return [...cells, italian(row.product) + italian(row.percentage), money(row.result)];
  }
  return [...cells, row.product ? money(row.product) : '', percentage, money(row.result)];
}

function joinCells(random: Random, cells: readonly string[], layout: TableLayout): string {
  return cells.reduce((text, cell, i) => (i === 0 ? cell : text + (layout.cellSpacing === 'mixed' ? spaces(random, 1, 2) : ' ') + cell), '');
}

/** A row on one line, or broken over two or three with blank lines between the pieces. */
function rowLines(random: Random, cells: readonly string[], broken: boolean, layout: TableLayout): Line[] {
  if (!broken) return [line(joinCells(random, cells, layout))];
  const cuts = random.shuffle(cells.map((_, i) => i).slice(1)).slice(0, random.int(1, 2)).sort((a, b) => a - b);
  const pieces: string[] = [];
  [0, ...cuts].forEach((start, i) => {
    const piece = joinCells(random, cells.slice(start, cuts[i] ?? cells.length), layout);
    if (piece.trim() === '' && pieces.length > 0) pieces[pieces.length - 1] += ' ';
    else pieces.push(piece);
  });
  const lines: Line[] = [];
  for (const piece of pieces.slice(0, -1)) {
    lines.push(heldLine(piece));
    for (let b = random.int(0, 2); b > 0; b--) lines.push(heldLine(blank(random)));
  }
  return [...lines, line(pieces[pieces.length - 1] ?? '')];
}

function totalLines(random: Random, total: Printed, layout: TableLayout): Line[] {
  const amount = italian(total, layout.thousands === 'all' || (layout.thousands === 'mixed' && random.chance(0.5)), layout.thousandsSeparator);
  switch (layout.totalLine) {
    case 'Totale':
    case 'TOTALE':
    case 'Totale €':
      return [line(`${layout.totalLine}${spaces(random, 1, 9)}${amount}`)];
    case 'unlabelled':
      return [...(random.chance(0.4) ? [heldLine(spaces(random, 2, 6))] : []), line(`${spaces(random, 0, 10)}${amount}`)];
    case 'label-then-number':
      return [heldLine(`Totale${spaces(random, 0, 4)}`), line(`${spaces(random, 0, 2)}${amount}`)];
    case 'absent':
      return [];
  }
}

/** What a rendered table shows of its layout (a switch that found nothing to act on is reported off). */
export interface RenderedTable {
  readonly lines: Line[];
  readonly gluedRows: number;
  readonly brokenRows: number;
  readonly spacedGrades: number;
}

/**
 * Prints a staff table: header, rows and total line, as text taken out of a PDF shows them. When the
 * layout asks for it, a page break falls between two of its blocks.
 */
export function renderTable(random: Random, rows: readonly StaffRowTruth[], total: Printed | null, layout: TableLayout): RenderedTable {
  const blocks: Line[][] = [headerLines(random, layout)];
  const mustBreak = random.int(0, rows.length - 1);
  const mustSpace = random.int(0, rows.length - 1);
  let brokenRows = 0;
  let spacedGrades = 0;
  rows.forEach((row, i) => {
    const spaced = layout.spacedGrades && (i === mustSpace || random.chance(0.3));
    // a lone number after the last row must read as the unlabelled total, not as the row's tail
    const lastBeforeBareTotal = i === rows.length - 1 && total !== null && layout.totalLine === 'unlabelled';
    const broken = layout.brokenRows && (i === mustBreak || random.chance(0.25)) && !lastBeforeBareTotal;
    const cells = rowCells(random, row, layout, spaced);
    const rowBlock = rowLines(random, cells, broken, layout);
    brokenRows += rowBlock.length > 1 ? 1 : 0;
    spacedGrades += spaced ? 1 : 0;
    const gap = layout.rowSpacing === 'blank' ? 1 : layout.rowSpacing === 'tight' ? 0 : random.int(0, 2);
    blocks.push([...rowBlock, ...Array.from({ length: gap }, () => line(blank(random)))]);
  });
  if (total) blocks.push(totalLines(random, total, layout));
  if (layout.pageBreakInTable && blocks.length > 1) {
    const at = random.int(0, blocks.length - 2);
    const block = blocks[at] ?? [];
    const last = block.length - 1;
    block[last] = { ...(block[last] ?? line('')), pageBreakAfter: true };
  }
  const gluedRows = layout.gluedCells && layout.productColumn !== 'absent' ? rows.filter((row) => row.glueable && row.product).length : 0;
  return { lines: blocks.flat(), gluedRows, brokenRows, spacedGrades };
}
