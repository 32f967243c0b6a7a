import type { DocumentRecord } from '../schema.js';
import { decimalCell, integerCell, safeText, type CsvLocale } from './cells.js';

/** One CSV file of the dataset: its name, columns, and the rows a document contributes. */
export interface CsvTable {
  file: string;
  columns: string[];
  rowsOf(document: DocumentRecord, locale: CsvLocale): string[][];
}

const lines = (source: { lines: number[] }) => source.lines.join(' ');

export const PROJECTS_CSV: CsvTable = {
  file: 'projects.csv',
  columns: ['document_id', 'project', 'title', 'declared_amount', 'printed_total', 'computed_total', 'staff_rows', 'errors', 'warnings', 'infos', 'page', 'line'],
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
};

export const STAFF_CSV: CsvTable = {
  file: 'staff.csv',
  columns: ['document_id', 'project', 'row', 'grade', 'hourly_cost', 'hours', 'product', 'percentage', 'result', 'expected_hourly_cost', 'expected_product', 'expected_result', 'repairs', 'raw', 'page', 'lines'],
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
};

export const DISCREPANCIES_CSV: CsvTable = {
  file: 'discrepancies.csv',
  columns: ['document_id', 'project', 'row', 'rule', 'severity', 'field', 'printed', 'expected', 'difference', 'message', 'page', 'lines'],
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
};

/** The dataset's CSV files, in the contract's order. */
export const CSV_TABLES = [PROJECTS_CSV, STAFF_CSV, DISCREPANCIES_CSV] as const;
