import { Decimal } from 'decimal.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema, type Dataset } from '../../src/schema.js';
import { runCli, SEED, tempDir, type CliRun } from '../helpers/cli.js';
import { FormulaEvaluator } from './formula.js';
import { readXlsx, type XlsxCell, type XlsxSheet } from './xlsx-reader.js';

const FILL = { error: 'FFC7CE', warning: 'FFEB9C', info: 'DDEBF7' } as const;
const STAFF_FIELD_COLUMN: Record<string, string> = { hourlyCost: 'hourly_cost', hours: 'hours', product: 'product', percentage: 'percentage', result: 'result' };
const PROJECT_FIELD_COLUMN: Record<string, string> = { declaredAmount: 'declared_amount', total: 'printed_total' };

/** A sheet's data rows as records keyed by the header row's names. */
function records(sheet: XlsxSheet): Array<Record<string, XlsxCell | undefined>> {
  const [header, ...rows] = sheet.rows;
  const names = new Map([...header!].map(([column, cell]) => [column, cell.value!]));
  return rows.map((row) => Object.fromEntries([...names].map(([column, name]) => [name, row.get(column)])));
}

const same = (cell: XlsxCell | undefined, value: string | null) => {
  if (value === null) return cell === undefined || cell.type === 'empty';
  return cell?.type === 'number' && new Decimal(cell.value!).equals(value);
};

describe('rendiconta.xlsx (--xlsx)', () => {
  let out: string;
  let run: CliRun;
  let dataset: Dataset;
  let book: ReturnType<typeof readXlsx>;

  beforeAll(() => {
    out = join(tempDir(), 'out');
    run = runCli(['ingest', SEED, '--out', out, '--xlsx']);
    dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')));
    book = readXlsx(join(out, 'rendiconta.xlsx'));
  });

  it('is written only when asked for, and listed in the wrote line', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `wrote ${out}/ (dataset.json, projects.csv, staff.csv, discrepancies.csv, datapackage.json, dataset.schema.json, report.html, rendiconta.xlsx)`,
    );
    const plain = join(tempDir(), 'out');
    expect(runCli(['ingest', SEED, '--out', plain]).stdout).not.toContain('rendiconta.xlsx');
  });

  it('is documented in --help with an example', () => {
    const help = runCli(['ingest', '--help']).stdout;
    expect(help).toMatch(/^  --xlsx {2,}also write rendiconta\.xlsx/m);
    expect(help).toMatch(/^  rendiconta ingest .* --xlsx$/m);
  });

  it('has the sheets projects, staff and discrepancies, each with its header row frozen', () => {
    expect([...book.sheets.keys()]).toEqual(['projects', 'staff', 'discrepancies']);
    for (const sheet of book.sheets.values()) {
      expect(sheet.xml).toMatch(/<pane ySplit="1" xSplit="0" topLeftCell="A2" activePane="bottomRight" state="frozen"\/>/);
    }
    expect([...book.sheets.get('staff')!.rows[0]!.values()].map((c) => c.value)).toEqual([
      'document_id', 'project', 'row', 'grade', 'hourly_cost', 'expected_hourly_cost', 'hours', 'product', 'expected_product',
      'percentage', 'result', 'expected_result', 'findings', 'repairs', 'raw', 'page', 'lines',
    ]);
    expect(book.files['xl/workbook.xml']).toContain('<calcPr fullCalcOnLoad="1"/>');
  });

  it('writes the printed values of every staff row as numbers with Italian-style number formats', () => {
    const rows = records(book.sheets.get('staff')!);
    const staff = dataset.documents.flatMap((d) => d.projects.flatMap((p) => p.staff.map((r) => ({ d, p, r }))));
    expect(rows).toHaveLength(151);
    staff.forEach(({ d, p, r }, i) => {
      const row = rows[i]!;
      expect(row.document_id?.value).toBe(d.id);
      expect(Number(row.project?.value)).toBe(p.number);
      expect(Number(row.row?.value)).toBe(r.row);
      for (const [column, value] of [['hourly_cost', r.hourlyCost], ['hours', r.hours], ['product', r.product], ['percentage', r.percentage], ['result', r.result], ['expected_hourly_cost', r.expected.hourlyCost]] as const) {
        expect(same(row[column], value), `${column} of project ${p.number} row ${r.row}`).toBe(true);
      }
      expect(row.raw?.value).toBe(r.raw);
    });
    expect(rows[0]!.hourly_cost!.numberFormat).toBe('#,##0.00');
    expect(rows[0]!.product!.numberFormat).toBe('#,##0.00');
    expect(rows[0]!.hours!.numberFormat).toBe('#,##0');
    expect(rows[0]!.expected_product!.numberFormat).toBe('#,##0.00##');
  });

  it('puts expected product and result beside the printed ones as live formulas that give the dataset’s expected values', () => {
    const sheet = book.sheets.get('staff')!;
    const evaluator = new FormulaEvaluator(book.sheets);
    const rows = records(sheet);
    const staff = dataset.documents.flatMap((d) => d.projects.flatMap((p) => p.staff));
    let formulas = 0;
    staff.forEach((r, i) => {
      const row = rows[i]!;
      const n = i + 2;
      for (const [column, expected, formula] of [
        ['expected_product', r.expected.product, `F${n}*G${n}`],
        ['expected_result', r.expected.result, `I${n}*J${n}/100`],
      ] as const) {
        const cell = row[column];
        if (expected === null) {
          expect(cell?.formula ?? null).toBeNull();
          continue;
        }
        expect(cell?.formula).toBe(formula);
        expect(evaluator.evaluate('staff', cell!.formula!).toString(), `${column} of row ${n}`).toBe(new Decimal(expected).toString());
        formulas++;
      }
    });
    expect(formulas).toBe(302);
    // Row 6 of project 2: the printed product 34,20 beside its formula, which gives 3.420.
    const mismatch = rows.find((row) => row.project?.value === '2' && row.row?.value === '6')!;
    expect(mismatch.product!.value).toBe('34.2');
    expect(evaluator.evaluate('staff', mismatch.expected_product!.formula!).toString()).toBe('3420');
  });

  it('sums each project’s staff rows with SUM formulas that give the dataset’s computed totals', () => {
    const rows = records(book.sheets.get('projects')!);
    const evaluator = new FormulaEvaluator(book.sheets);
    const projects = dataset.documents.flatMap((d) => d.projects);
    expect(rows).toHaveLength(projects.length);
    projects.forEach((p, i) => {
      const row = rows[i]!;
      expect(row.title?.value).toBe(p.title);
      expect(same(row.declared_amount, p.declaredAmount)).toBe(true);
      expect(same(row.printed_total, p.printedTotal)).toBe(true);
      expect(row.computed_total?.formula).toMatch(/^SUM\(staff!K\d+:K\d+\)$/);
      expect(evaluator.evaluate('projects', row.computed_total!.formula!).toString()).toBe(new Decimal(p.computedTotal).toString());
      const expectedTotal = p.staff.reduce((sum, r) => (r.expected.result === null ? sum : sum.plus(r.expected.result)), new Decimal(0));
      expect(evaluator.evaluate('projects', row.expected_total!.formula!).toString()).toBe(expectedTotal.toString());
    });
    // Project 2's printed total leaves out rows 1–5: the sheet shows both.
    expect(evaluator.valueOf('projects', 'F3').toString()).toBe('8361.21');
    expect(rows[1]!.printed_total!.value).toBe('3867.46');
  });

  it('highlights exactly the cells that a finding names, in the colour of its severity', () => {
    const rank = { error: 3, warning: 2, info: 1 } as const;
    const expected = new Map<string, keyof typeof FILL>();
    const note = (key: string, severity: keyof typeof FILL) => {
      const before = expected.get(key);
      if (!before || rank[severity] > rank[before]) expected.set(key, severity);
    };
    for (const d of dataset.documents[0]!.discrepancies) {
      if (d.project === null || d.field === null) continue;
      if (d.row !== null && STAFF_FIELD_COLUMN[d.field]) note(`staff/${d.project}/${d.row}/${STAFF_FIELD_COLUMN[d.field]}`, d.severity);
      if (d.row === null && PROJECT_FIELD_COLUMN[d.field]) note(`projects/${d.project}/${PROJECT_FIELD_COLUMN[d.field]}`, d.severity);
    }
    const found = new Map<string, string>();
    for (const name of ['staff', 'projects'] as const) {
      for (const row of records(book.sheets.get(name)!)) {
        for (const [column, cell] of Object.entries(row)) {
          if (!cell?.fill) continue;
          const key = name === 'staff' ? `staff/${row.project!.value}/${row.row!.value}/${column}` : `projects/${row.project!.value}/${column}`;
          found.set(key, cell.fill);
        }
      }
    }
    expect(found).toEqual(new Map([...expected].map(([key, severity]) => [key, FILL[severity]])));
    expect(found.size).toBe(20);
    expect(found.get('staff/2/6/product')).toBe(FILL.error);
    expect(found.get('staff/11/1/product')).toBe(FILL.info);
    expect(found.get('projects/2/printed_total')).toBe(FILL.error);
  });

  it('lists every finding in the discrepancies sheet', () => {
    const rows = records(book.sheets.get('discrepancies')!);
    const findings = dataset.documents[0]!.discrepancies;
    expect(rows.map((r) => r.message?.value)).toEqual(findings.map((d) => d.message));
    expect(rows.map((r) => r.severity?.fill)).toEqual(findings.map((d) => FILL[d.severity]));
    findings.forEach((d, i) => expect(same(rows[i]!.difference, d.difference)).toBe(true));
  });

  it('neutralises text cells that a spreadsheet would run as formulas', () => {
    const dir = tempDir();
    const plan = ['=HYPERLINK("http://x") PIANO 2016', '', 'Progetto N° 1 - =SUM(A1:A9)', 'Quinta condizione', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', '@D3 20,30 100 2030,00 20 406', 'Totale 406'];
    writeFileSync(join(dir, 'plan.txt'), plan.join('\n'));
    expect(runCli(['ingest', join(dir, 'plan.txt'), '--out', join(dir, 'out'), '--xlsx']).status).toBe(0);
    const { sheets } = readXlsx(join(dir, 'out/rendiconta.xlsx'));
    expect(records(sheets.get('projects')!)[0]!.title?.value).toBe("'=SUM(A1:A9)");
    for (const sheet of sheets.values()) {
      for (const cell of sheet.cells.values()) {
        if (cell.type === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        if (cell.type === 'formula') expect(cell.formula).toMatch(/^(?:[A-Z]\d+\*[A-Z]\d+(?:\/100)?|SUM\(staff![A-Z]\d+:[A-Z]\d+\))$/);
      }
    }
  });

  it('cuts a text longer than an Excel cell holds, and says so, where dataset.json keeps it whole', () => {
    const dir = tempDir();
    const title = 'lunghissimo '.repeat(3500).trim();
    const plan = ['PIANO 2016', '', `Progetto N° 1 - ${title}`, 'Quinta condizione', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', 'D3 20,30 100 2030,00 20 406', 'Totale 406'];
    writeFileSync(join(dir, 'plan.txt'), plan.join('\n'));
    expect(runCli(['ingest', join(dir, 'plan.txt'), '--out', join(dir, 'out'), '--xlsx']).status).toBe(0);
    const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(dir, 'out/dataset.json'), 'utf8')));
    expect(dataset.documents[0]!.projects[0]!.title).toBe(title);
    const cell = records(readXlsx(join(dir, 'out/rendiconta.xlsx')).sheets.get('projects')!)[0]!.title!.value!;
    expect(cell).toHaveLength(32_767);
    expect(cell.endsWith(' […]')).toBe(true);
    expect(title.startsWith(cell.slice(0, -4))).toBe(true);
  });
});
