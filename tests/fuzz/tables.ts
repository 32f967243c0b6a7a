import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { planText, readPlan, type ProjectSpec } from '../helpers/plans.js';
import { COLUMN_LABELS } from '../generator/vocabulary.js';

/**
 * Well-formed staff tables with known values, printed the ways plans print them: Italian number
 * formats, rows broken over lines with blank lines between the pieces, irregular spacing, and the
 * product glued to the percentage when only one split of the glued cell makes the row's arithmetic
 * hold. The printing and the glue oracle share no code with the reader: their own formatting,
 * parsing and rounding.
 */

/** One staff row: the values as printed (canonical dot-decimal text) and the printed pieces. */
export interface TableRow {
  grade: string;
  /** Canonical texts of hourlyCost, hours, product, percentage, result, as the dataset must hold them (no product column: null). */
  values: [string, string, string | null, string, string];
  /** The row's printed units in order (label first); a glued product and percentage are one unit. */
  units: string[];
  glued: boolean;
  /** The row as printed, over one or more lines. */
  lines: string[];
}

/** A project's table: rows and the total line(s). */
export interface TableSpec {
  rows: TableRow[];
  /** Canonical text of the printed total; null when the table prints none. */
  total: string | null;
  totalLines: string[];
  /** Lines between rows: '' for blank, none for tight. */
  gaps: string[][];
  /** The header's lines. */
  header: string[];
}

/** A plan of a few projects, one well-formed table each. */
export interface TablePlan {
  tables: TableSpec[];
  text: string;
}

/** Prints an exact value the Italian way with `decimals` decimals (rounded half-up when fewer). */
export function italian(value: Decimal, decimals: number, grouped: boolean): string {
  const [int = '0', fraction] = value.toFixed(decimals, Decimal.ROUND_HALF_UP).split('.');
  const whole = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
  return fraction === undefined ? whole : `${whole},${fraction}`;
}

/** What the dataset must hold for a printed Italian number: dot decimal, digits kept, no grouping. */
export function canonical(printed: string): string {
  return printed
    .replace(/[€%\s]/g, '')
    .replace(/\./g, '')
    .replace(',', '.')
    .replace(/^0+(?=\d)/, '');
}

/** A plain reading of an Italian number for the glue oracle; null when it is none. */
function readItalian(text: string): Decimal | null {
  if (/^0\d/.test(text)) return null; // a split part never starts with a zero before a digit
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text) || /^\d+(?:,\d+)?$/.test(text)) return new Decimal(text.replace(/\./g, '').replace(',', '.'));
  return null;
}

/** The contract's rounding: `p` has fewer decimals than `x` and is x rounded half-up, half-even or truncated. */
function agrees(p: Decimal, x: Decimal): boolean {
  if (p.equals(x)) return true;
  const k = p.decimalPlaces();
  return k < x.decimalPlaces() && [Decimal.ROUND_HALF_UP, Decimal.ROUND_HALF_EVEN, Decimal.ROUND_DOWN].some((m) => x.toDecimalPlaces(k, m).equals(p));
}

/**
 * How many ways the glued product-and-percentage cell splits into a product and a percentage
 * that make both relations of the row hold (cost × hours = product, product × percentage / 100 =
 * result, each up to rounding). The printed split is one; glueing is unambiguous when it is the only one.
 */
export function gluedReadings(glued: string, exactProduct: Decimal, result: Decimal): number {
  let count = 0;
  for (let at = 1; at < glued.length; at++) {
    const left = glued.slice(0, at);
    const right = glued.slice(at);
    if (/[.,]$/.test(left) || /^[.,]/.test(right)) continue;
    const product = readItalian(left);
    const percentage = readItalian(right);
    if (!product || !percentage || product.isZero() || percentage.isZero() || percentage.greaterThan(100)) continue;
    const onExact = exactProduct.times(percentage).dividedBy(100);
    const onPrinted = product.times(percentage).dividedBy(100);
    if (agrees(product, exactProduct) && (agrees(result, onExact) || agrees(result, onPrinted))) count++;
  }
  return count;
}

const GRADES = ['A1', 'A3', 'B1', 'B3', 'B5', 'B7', 'C1', 'C2', 'C3', 'C4', 'C5', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'];

const rowArbitrary = fc
  .record({
    grade: fc.constantFrom(...GRADES),
    gradeForm: fc.constantFrom('plain', 'plain', 'spaced', 'lower'),
    label: fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('Istruttore', 'Istruttore amministrativo', 'Funzionario', 'Collaboratore profess.') }),
    costCents: fc.integer({ min: 1000, max: 4500 }),
    costDecimals: fc.constantFrom('two', 'two', 'trimmed'),
    hours: fc.integer({ min: 1, max: 2400 }),
    halfHour: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    productForm: fc.constantFrom('two', 'two', 'trimmed', 'rounded'),
    /** In tenths: mostly whole percentages, sometimes one decimal ("12,5"). */
    percentageTenths: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 100 }).map((n) => n * 10) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 999 }) }),
    percentSign: fc.constantFrom('', '', '', '%', ' %'),
    resultForm: fc.constantFrom('exact', 'exact', 'two'),
    /** Thousands separators in hours, product and result (costs and percentages stay below 1.000). */
    grouped: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    euro: fc.array(fc.constantFrom('', '', '', '', '€ ', '€'), { minLength: 3, maxLength: 3 }),
    glue: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    gaps: fc.array(
      fc.record({
        separator: fc.constantFrom(' ', ' ', ' ', '  ', '   ', '\t', ' \t', '\u00a0'),
        breaks: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
        blanks: fc.array(fc.constantFrom('', ' ', '  '), { maxLength: 2 }),
      }),
      { minLength: 5, maxLength: 5 },
    ),
  })
  .map((r) => (withProduct: boolean): { row: TableRow; result: Decimal } => {
    const cost = new Decimal(r.costCents).dividedBy(100);
    const hours = new Decimal(r.hours).plus(r.halfHour ? new Decimal('0.5') : 0);
    const exactProduct = cost.times(hours);
    const percentage = new Decimal(r.percentageTenths).dividedBy(10);
    const costText = italian(cost, r.costDecimals === 'two' ? 2 : cost.decimalPlaces(), false);
    const hoursText = italian(hours, hours.decimalPlaces(), r.grouped[0]!);
    const productDecimals = r.productForm === 'two' ? Math.max(2, exactProduct.decimalPlaces()) : r.productForm === 'trimmed' ? exactProduct.decimalPlaces() : Math.min(exactProduct.decimalPlaces(), 1);
    const productText = italian(exactProduct, productDecimals, r.grouped[1]!);
    const exactResult = exactProduct.times(percentage).dividedBy(100);
    const resultDecimals = r.resultForm === 'exact' ? exactResult.decimalPlaces() : Math.min(2, exactResult.decimalPlaces());
    const resultText = italian(exactResult, resultDecimals, r.grouped[2]!);
    const percentageText = italian(percentage, percentage.decimalPlaces(), false);
    const code = r.gradeForm === 'spaced' ? `${r.grade[0]} ${r.grade[1]}` : r.gradeForm === 'lower' ? r.grade.toLowerCase() : r.grade;
    const label = r.label === '' ? code : `${r.label} ${code}`;
    const result = new Decimal(canonical(resultText));
    const glued = withProduct && r.glue && gluedReadings(productText + percentageText, exactProduct, result) === 1;
    const [euroCost, euroProduct, euroResult] = r.euro as [string, string, string];
    const cells = withProduct
      ? [euroCost + costText, hoursText, euroProduct + productText, percentageText + r.percentSign, euroResult + resultText]
      : [euroCost + costText, hoursText, percentageText + r.percentSign, euroResult + resultText];
    const units = glued ? [label, euroCost + costText, hoursText, productText + percentageText, euroResult + resultText] : [label, ...cells];
    const lines: string[] = [];
    let current = units[0]!;
    units.slice(1).forEach((unit, i) => {
      const g = r.gaps[i]!;
      if (g.breaks) {
        lines.push(current, ...g.blanks);
        current = unit;
      } else current += g.separator + unit;
    });
    lines.push(current);
    const values: TableRow['values'] = [canonical(costText), canonical(hoursText), withProduct ? canonical(productText) : null, canonical(percentageText), canonical(resultText)];
    return { row: { grade: r.grade, values, units, glued, lines }, result };
  });

const HEADER_LABELS = COLUMN_LABELS;

const headerArbitrary = fc.record({
  labels: fc.record(Object.fromEntries(Object.entries(HEADER_LABELS).map(([k, v]) => [k, fc.constantFrom(...v)])) as Record<keyof typeof HEADER_LABELS, fc.Arbitrary<string>>),
  /** Where the header breaks onto a new line, after which label, and with blank lines or not. */
  breaks: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
});

const tableArbitrary = fc
  .record({
    rows: fc.array(rowArbitrary, { minLength: 1, maxLength: 8 }),
    withProduct: fc.integer({ min: 0, max: 7 }).map((n) => n !== 0),
    header: headerArbitrary,
    gaps: fc.array(fc.array(fc.constantFrom('', '', ' '), { maxLength: 2 }), { minLength: 8, maxLength: 8 }),
    totalForm: fc.constantFrom('Totale', 'Totale', 'TOTALE €', 'Totale complessivo', 'label-then-number', 'unlabelled', 'absent'),
    totalGrouped: fc.boolean(),
  })
  .map(({ rows: makers, withProduct, header, gaps, totalForm, totalGrouped }): TableSpec => {
    const rows = makers.map((make) => make(withProduct));
    const sum = rows.reduce((s, r) => s.plus(r.result), new Decimal(0));
    const totalText = italian(sum, sum.decimalPlaces(), totalGrouped);
    const totalLines =
      totalForm === 'absent' ? [] : totalForm === 'label-then-number' ? ['Totale', totalText] : totalForm === 'unlabelled' ? [totalText] : [`${totalForm} ${totalText}`];
    const { personnel, cost, hours, product, percentage, result } = header.labels;
    const labels = withProduct ? [personnel, cost, hours, product, percentage, result] : [personnel, cost, hours, percentage, result];
    const headerLines: string[] = [];
    let current = labels[0]!;
    labels.slice(1).forEach((label, i) => {
      const mode = header.breaks[i]!; // 0, 1: same line; 2: next line; 3: next line after a blank one
      if (mode < 2 || headerLines.length >= 3) current += ` ${label}`;
      else {
        headerLines.push(current, ...(mode === 3 ? [''] : []));
        current = label;
      }
    });
    headerLines.push(current);
    return {
      rows: rows.map((r) => r.row),
      total: totalForm === 'absent' ? null : canonical(totalText),
      totalLines,
      gaps: gaps.slice(0, rows.length),
      header: headerLines,
    };
  });

/** Plans of one to three projects, each with one well-formed table. */
export const tablePlanArbitrary: fc.Arbitrary<TablePlan> = fc.array(tableArbitrary, { minLength: 1, maxLength: 3 }).map((tables) => {
  const projects: ProjectSpec[] = tables.map((table, i) => ({
    number: i + 1,
    header: table.header,
    rows: [table.rows.flatMap((row, r) => [...row.lines, ...(table.gaps[r] ?? [])]).join('\n')],
    ...(table.totalLines.length > 0 ? { total: table.totalLines.join('\n') } : {}),
  }));
  return { tables, text: planText(projects) };
});

/** A plan's tables as read: per project, its rows (grade, values, raw text, whether cells were split) and its total. */
export type TableReading = Array<{
  rows: Array<{ grade: string | null; values: Array<string | null>; raw: string; split: boolean }>;
  total: string | null;
}>;

/** What the reader should give back for a plan of well-formed tables: every row, value and total as printed. */
export function expectedReading(plan: TablePlan): TableReading {
  return plan.tables.map((table) => ({
    rows: table.rows.map((row) => ({
      grade: row.grade,
      values: row.values,
      raw: row.units.join(' ').replace(/\s+/g, ' '),
      split: row.glued,
    })),
    total: table.total,
  }));
}

/** What the reader gave back, in the shape of `expectedReading`, and the lines it could not read. */
export function actualReading(text: string): { reading: TableReading; unparsed: Array<{ text: string; reason: string }> } {
  const document = readPlan(text);
  const reading = document.projects.map((project) => ({
    rows: project.staff.map((row) => ({
      grade: row.grade,
      values: [row.hourlyCost, row.hours, row.product, row.percentage, row.result],
      raw: row.raw,
      split: row.repairs.some((r) => r.kind === 'cells-split'),
    })),
    total: project.printedTotal,
  }));
  return { reading, unparsed: document.unparsed };
}
