import { RULE_IDS, SEVERITIES } from '../diagnostics.js';
import type { DocumentRecord } from '../schema.js';
import { decimalCell, integerCell, safeText, type CsvLocale } from './cells.js';

/** A CSV column as the Data Package describes it (Frictionless Table Schema field types). */
export interface CsvField {
  name: string;
  type: 'string' | 'integer' | 'number';
  description: string;
  /** The only values the column takes. */
  enum?: readonly string[];
}

/** One CSV file of the dataset: its name, columns, and the rows a document contributes. */
export interface CsvTable {
  file: string;
  description: string;
  fields: CsvField[];
  columns: string[];
  rowsOf(document: DocumentRecord, locale: CsvLocale): string[][];
}

const field = (name: string, type: CsvField['type'], description: string, values?: readonly string[]): CsvField =>
  values ? { name, type, description, enum: values } : { name, type, description };
const table = (spec: Omit<CsvTable, 'columns'>): CsvTable => ({ ...spec, columns: spec.fields.map((f) => f.name) });

const DOCUMENT_ID = field('document_id', 'string', 'id of the document in dataset.json (stable for the same content)');
const PROJECT = field('project', 'integer', 'number of the project in its document');
const PAGE = field('page', 'integer', 'page of the source: of a PDF, or of a text whose pages form feeds part; empty for a text without them');
const LINES = field('lines', 'string', 'source line numbers, separated by spaces');

const lines = (source: { lines: number[] }) => source.lines.join(' ');

export const PROJECTS_CSV: CsvTable = table({
  file: 'projects.csv',
  description: 'one row per project',
  fields: [
    DOCUMENT_ID,
    PROJECT,
    field('title', 'string', 'heading text after the project number'),
    field('declared_amount', 'number', 'the "Fondo … di € X" amount stated in the prose, as printed'),
    field('printed_total', 'number', 'the total row of the staff table, as printed'),
    field('computed_total', 'number', 'sum of the printed results of the staff rows, exact'),
    field('staff_rows', 'integer', 'rows of the staff table'),
    field('errors', 'integer', 'findings of severity error about the project'),
    field('warnings', 'integer', 'findings of severity warning about the project'),
    field('infos', 'integer', 'findings of severity info about the project'),
    PAGE,
    field('line', 'integer', 'source line of the project heading'),
  ],
  rowsOf(document, locale) {
    return document.projects.map((p) => {
      const of = (severity: string) => document.discrepancies.filter((d) => d.project === p.number && d.severity === severity).length;
      return [
        safeText(document.id),
        integerCell(p.number),
        safeText(p.title),
        decimalCell(p.declaredAmount, locale),
        decimalCell(p.printedTotal, locale),
        decimalCell(p.computedTotal, locale),
        integerCell(p.staff.length),
        integerCell(of('error')),
        integerCell(of('warning')),
        integerCell(of('info')),
        integerCell(p.source.page),
        integerCell(p.source.line),
      ];
    });
  },
});

export const STAFF_CSV: CsvTable = table({
  file: 'staff.csv',
  description: 'one row per staff-allocation row of a project\'s table; values as printed, expected values as the arithmetic gives them',
  fields: [
    DOCUMENT_ID,
    PROJECT,
    field('row', 'integer', '1-based position of the row in its table'),
    field('grade', 'string', 'staff category, such as C3'),
    field('hourly_cost', 'number', 'hourly cost, as printed'),
    field('hours', 'number', 'hours, as printed'),
    field('product', 'number', 'hourly cost × hours, as printed'),
    field('percentage', 'number', 'percentage, as printed'),
    field('result', 'number', 'product × percentage / 100, as printed'),
    field('expected_hourly_cost', 'number', 'the grade\'s rate when the printed cost is a typo, else the printed cost'),
    field('expected_product', 'number', 'expected hourly cost × hours, exact'),
    field('expected_result', 'number', 'expected product × percentage / 100, exact'),
    field('repairs', 'string', 'repairs made to read the row (kind: detail), separated by " | "'),
    field('raw', 'string', 'source text of the row'),
    PAGE,
    LINES,
  ],
  rowsOf(document, locale) {
    return document.projects.flatMap((p) =>
      p.staff.map((r) => [
        safeText(document.id),
        integerCell(p.number),
        integerCell(r.row),
        safeText(r.grade),
        decimalCell(r.hourlyCost, locale),
        decimalCell(r.hours, locale),
        decimalCell(r.product, locale),
        decimalCell(r.percentage, locale),
        decimalCell(r.result, locale),
        decimalCell(r.expected.hourlyCost, locale),
        decimalCell(r.expected.product, locale),
        decimalCell(r.expected.result, locale),
        safeText(r.repairs.map((x) => `${x.kind}: ${x.detail}`).join(' | ')),
        safeText(r.raw),
        integerCell(r.source.page),
        lines(r.source),
      ]),
    );
  },
});

export const DISCREPANCIES_CSV: CsvTable = table({
  file: 'discrepancies.csv',
  description: 'one row per finding',
  fields: [
    DOCUMENT_ID,
    field('project', 'integer', 'number of the project; empty for document-level findings'),
    field('row', 'integer', 'row of the staff table; empty for project-level findings'),
    field('rule', 'string', 'rule id (closed list of the dataset contract)', RULE_IDS),
    field('severity', 'string', 'error, warning or info', SEVERITIES),
    field('field', 'string', 'the value the finding is about, such as product or total'),
    field('printed', 'number', 'the value as printed'),
    field('expected', 'number', 'the value the arithmetic gives'),
    field('difference', 'number', 'printed − expected'),
    field('message', 'string', 'one readable sentence, numbers in Italian format'),
    PAGE,
    LINES,
  ],
  rowsOf(document, locale) {
    return document.discrepancies.map((d) => [
      safeText(document.id),
      integerCell(d.project),
      integerCell(d.row),
      d.rule,
      d.severity,
      safeText(d.field),
      decimalCell(d.printed, locale),
      decimalCell(d.expected, locale),
      decimalCell(d.difference, locale),
      safeText(d.message),
      integerCell(d.source.page),
      lines(d.source),
    ]);
  },
});

/** The dataset's CSV files, in the contract's order. */
export const CSV_TABLES = [PROJECTS_CSV, STAFF_CSV, DISCREPANCIES_CSV] as const;
