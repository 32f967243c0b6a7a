import { Decimal } from '../decimal.js';
import { importPackage } from '../import-package.js';
import type { Cell, CellObject, Row } from 'write-excel-file/node';
import type { DiscrepancyRecord, DocumentRecord, ProjectRecord, StaffRowRecord } from '../schema.js';
import { placesOf } from '../normalize/numbers.js';
import { safeText } from './cells.js';
import { DocumentMarks, type Mark } from './marks.js';
import { writeFile } from 'node:fs/promises';
import { withFixedZipTimes } from './zip-times.js';

// The overload for several sheets is the last one, the one `Parameters` sees.
type WriteXlsxFile = typeof import('write-excel-file/node').default;
type NodeSheet = Parameters<WriteXlsxFile>[0][number];
type NodeFeature = NonNullable<NonNullable<Parameters<WriteXlsxFile>[1]>['features']>[number];

/** The workbook's file name in the output folder. */
export const XLSX_FILE = 'rendiconta.xlsx';

/** Fill and text colour of a marked cell, by the worst severity of its findings (Excel's own palette). */
const MARK_STYLE: Record<Mark['severity'], Pick<CellObject, 'backgroundColor' | 'textColor'>> = {
  error: { backgroundColor: '#FFC7CE', textColor: '#9C0006' },
  warning: { backgroundColor: '#FFEB9C', textColor: '#9C5700' },
  info: { backgroundColor: '#DDEBF7', textColor: '#1F4E78' },
};

/** Amounts computed by a formula can carry more decimals than the printed ones. */
const COMPUTED_FORMAT = '#,##0.00##';

const STAFF_COLUMNS = ['document_id', 'project', 'row', 'grade', 'hourly_cost', 'expected_hourly_cost', 'hours', 'product', 'expected_product', 'percentage', 'result', 'expected_result', 'findings', 'repairs', 'raw', 'page', 'lines'] as const;
const PROJECT_COLUMNS = ['document_id', 'project', 'title', 'declared_amount', 'printed_total', 'computed_total', 'expected_total', 'staff_rows', 'errors', 'warnings', 'infos', 'findings', 'page', 'line'] as const;
const DISCREPANCY_COLUMNS = ['document_id', 'project', 'row', 'rule', 'severity', 'field', 'printed', 'expected', 'difference', 'message', 'page', 'lines'] as const;

/** Column letter of a named column of a sheet (A, B, …; the sheets have fewer than 27 columns). */
const letter = (columns: readonly string[], name: string) => String.fromCharCode(65 + columns.indexOf(name));
const staffColumn = (name: (typeof STAFF_COLUMNS)[number]) => letter(STAFF_COLUMNS, name);

/**
 * The workbook `rendiconta.xlsx`: sheets projects, staff and discrepancies, numbers as numbers with
 * Italian-style formats, header rows frozen, and live formulas beside the printed values:
 * expected product = expected cost × hours, expected result = expected product × percentage / 100,
 * project totals = SUM over the project's staff rows. Cells that a finding names are highlighted.
 *
 * An XLSX sheet is one XML part inside a zip, and write-excel-file builds it whole: the rows of
 * every document are kept (as cells, not documents) until `write`.
 */
export class XlsxWorkbook {
  private readonly projects: Row[] = [header(PROJECT_COLUMNS)];
  private readonly staff: Row[] = [header(STAFF_COLUMNS)];
  private readonly discrepancies: Row[] = [header(DISCREPANCY_COLUMNS)];

  /** Appends a document's projects, staff rows and findings to the sheets. */
  addDocument(document: DocumentRecord): void {
    const marks = new DocumentMarks(document);
    for (const project of document.projects) {
      const first = this.staff.length + 1;
      for (const row of project.staff) this.staff.push(this.staffRow(document, project, row, marks));
      const last = this.staff.length;
      this.projects.push(projectRow(document, project, marks, project.staff.length > 0 ? [first, last] : null));
    }
    for (const d of document.discrepancies) this.discrepancies.push(discrepancyRow(document, d));
  }

  /** Writes the workbook to `path`. */
  async write(path: string): Promise<void> {
    const { default: writeXlsxFile } = await importPackage<typeof import('write-excel-file/node')>('write-excel-file/node');
    const sheets: NodeSheet[] = [
      { sheet: 'projects', data: this.projects, stickyRowsCount: 1, columns: widths(PROJECT_COLUMNS, { title: 48, findings: 60 }) },
      { sheet: 'staff', data: this.staff, stickyRowsCount: 1, columns: widths(STAFF_COLUMNS, { findings: 60, repairs: 30, raw: 40 }) },
      { sheet: 'discrepancies', data: this.discrepancies, stickyRowsCount: 1, columns: widths(DISCREPANCY_COLUMNS, { message: 80 }) },
    ];
    const zip = await writeXlsxFile(sheets, { features: [RECALCULATE_ON_LOAD] }).toBuffer();
    await writeFile(path, withFixedZipTimes(zip));
  }

  private staffRow(document: DocumentRecord, project: ProjectRecord, row: StaffRowRecord, marks: DocumentMarks): Row {
    const r = this.staff.length + 1;
    const mark = (field: Parameters<DocumentMarks['staffCell']>[2]) => marks.staffCell(project, row.row, field);
    const productFormula = row.expected.hourlyCost !== null && row.hours !== null ? `${staffColumn('expected_hourly_cost')}${r}*${staffColumn('hours')}${r}` : null;
    const resultFormula = productFormula !== null && row.percentage !== null ? `${staffColumn('expected_product')}${r}*${staffColumn('percentage')}${r}/100` : null;
    return [
      text(document.id),
      project.number,
      row.row,
      text(row.grade),
      money(row.hourlyCost, mark('hourlyCost')),
      money(row.expected.hourlyCost),
      quantity(row.hours, mark('hours')),
      money(row.product, mark('product')),
      formula(productFormula),
      quantity(row.percentage, mark('percentage')),
      money(row.result, mark('result')),
      formula(resultFormula),
      text(sentences(marks.rowFindings(project, row.row))),
      text(row.repairs.map((x) => `${x.kind}: ${x.detail}`).join(' | ')),
      text(row.raw),
      row.source.page,
      text(row.source.lines.join(' ')),
    ];
  }
}

function projectRow(document: DocumentRecord, project: ProjectRecord, marks: DocumentMarks, staffRows: [number, number] | null): Row {
  const of = (severity: string) => document.discrepancies.filter((d) => d.project === project.number && d.severity === severity).length;
  const sum = (column: (typeof STAFF_COLUMNS)[number]) => (staffRows ? `SUM(staff!${staffColumn(column)}${staffRows[0]}:${staffColumn(column)}${staffRows[1]})` : null);
  return [
    text(document.id),
    project.number,
    text(project.title),
    money(project.declaredAmount, marks.projectCell(project, 'declaredAmount')),
    money(project.printedTotal, marks.projectCell(project, 'total')),
    staffRows ? formula(sum('result')) : money(project.computedTotal),
    staffRows ? formula(sum('expected_result')) : null,
    project.staff.length,
    of('error'),
    of('warning'),
    of('info'),
    text(sentences(marks.projectFindings(project))),
    project.source.page,
    project.source.line,
  ];
}

function discrepancyRow(document: DocumentRecord, d: DiscrepancyRecord): Row {
  return [
    text(document.id),
    d.project,
    d.row,
    text(d.rule),
    { value: d.severity, ...MARK_STYLE[d.severity] },
    text(d.field),
    money(d.printed),
    money(d.expected),
    money(d.difference),
    text(d.message),
    d.source.page,
    text(d.source.lines.join(' ')),
  ];
}

function header(columns: readonly string[]): Row {
  return columns.map((name) => ({ value: name, fontWeight: 'bold', bottomBorderStyle: 'thin' }) satisfies CellObject);
}

function widths(columns: readonly string[], wide: Record<string, number>) {
  return columns.map((name) => ({ width: wide[name] ?? Math.max(10, name.length + 2) }));
}

/**
 * A text cell, neutralised against formula injection, and cut to the most a cell holds in Excel
 * (a longer one makes it repair the workbook); dataset.json and the CSVs keep the whole text.
 */
function text(value: string | null): Cell {
  if (value === null || value === '') return null;
  const safe = safeText(value);
  return safe.length <= MAX_CELL_TEXT ? safe : `${safe.slice(0, MAX_CELL_TEXT - CUT_MARK.length)}${CUT_MARK}`;
}

/** Excel's limit on the characters of a cell. */
const MAX_CELL_TEXT = 32_767;
const CUT_MARK = ' […]';

/** An amount: a number from its decimal string, shown with at least two decimals and every printed one. */
function money(value: string | null, mark?: Mark): Cell {
  const places = value === null ? 2 : Math.max(2, placesOf(value));
  return numberCell(value, `#,##0.${'0'.repeat(places)}`, mark);
}

/** Hours or a percentage: a number shown with the decimals it was printed with. */
function quantity(value: string | null, mark?: Mark): Cell {
  const places = value === null ? 0 : placesOf(value);
  return numberCell(value, places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`, mark);
}

function numberCell(value: string | null, format: string, mark: Mark | undefined): Cell {
  const style = mark ? MARK_STYLE[mark.severity] : {};
  // Excel stores IEEE doubles; the number comes straight from the exact decimal string.
  if (value === null) return mark ? { ...style } : null;
  return { value: new Decimal(value).toNumber(), type: Number, format, ...style };
}

function formula(expression: string | null): Cell {
  return expression === null ? null : { value: expression, type: 'Formula', format: COMPUTED_FORMAT };
}

function sentences(findings: DiscrepancyRecord[]): string {
  return findings.map((d) => `${d.message} (${d.rule})`).join(' | ');
}

/**
 * write-excel-file stores no cached results for formulas: ask the reader to compute them on
 * opening (the `fullCalcOnLoad` flag that spreadsheet writers set for the purpose).
 */
const RECALCULATE_ON_LOAD: NodeFeature = {
  files: {
    transform: {
      'xl/workbook.xml': {
        transformElementAttributes: (tagName, attributes) => (tagName === 'calcPr' ? { ...attributes, fullCalcOnLoad: 1 } : attributes),
      },
    },
  },
};
