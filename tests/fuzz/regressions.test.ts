import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { accountTables } from '../helpers/accounting.js';
import { readPlan, sourceOf } from '../helpers/plans.js';
import { checkPipeline, inexactValues } from './invariants.js';

// Minimal inputs for the faults the fuzz targets found (tests/fuzz/targets.ts, `npm run fuzz`),
// each reduced by hand from the shrunk case, with where in src the fault came from. Those fixed
// stay here so that they stay fixed.

const HEADER = 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO';
/** A plan with one project whose fifth condition holds the given table lines. */
const plan = (...table: string[]) => ['Progetto N° 1 - A', '', 'Quinta condizione', ...table, 'Sesta condizione: (b)', 'testo'].join('\n');
const staffOf = (text: string) =>
  readPlan(text).projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.product, r.percentage, r.result]);

describe('fuzz regressions', () => {
  // Accounting hole. src/extract/table-header.ts readTableHeader skipped blank lines between header
  // pieces, and src/normalize/table.ts readTable gave a role to the pieces only: the blank line
  // inside the header had none. The seed (17 such lines) and most generated plans showed it.
  it('a blank line between two lines of a table header has a role', () => {
    const text = plan('PERSONALE COSTO ORARIO TOTALE ORE', '', 'PRODOTTO PERCENTUALE RISULTATO', 'D3 20,30 100 2030,00 20 406', 'Totale 406');
    expect(accountTables(sourceOf(text), readPlan(text)).problems).toEqual([]);
  });

  // Row assembler. src/normalize/row-line.ts classifyLine: a grade code started a row only at the
  // start of the line (GRADE_AT_START), and labelledRow wanted at least two numbers after the label;
  // so a labelled row broken after its label, or after its first value, was "text inside a staff
  // table" and its values "numbers outside any row".
  it.each([
    [['Istruttore C3', '17,10 200 3420,00 20 684']],
    [['Istruttore C3 17,10', '', '200 3420,00 20 684']],
    // labelledRow took a lone "€" before the first value into the label, which then did not end with
    // the grade code (GRADE_AT_END): the line was "text inside a staff table" (fixed in 5adab62).
    [['Istruttore C3 € 17,10', '200 3420,00 20 684']],
  ])('a labelled row broken after its label or first value reads as one row: %j', (lines) => {
    const text = plan(HEADER, ...lines, 'Totale 684');
    expect(readPlan(text).unparsed).toEqual([]);
    expect(staffOf(text)).toEqual([['C3', '17.10', '200', '3420.00', '20', '684']]);
  });

  // Row assembler. src/normalize/row-line.ts labelledRow: the label ended at the first token that
  // starts with a digit, the digit of a spaced grade code ("C 3"): grade "Istruttore C", six values
  // for five columns, cells unresolved.
  it('a labelled row with a spaced grade code reads its grade and values', () => {
    const text = plan(HEADER, 'Istruttore C 3 17,10 200 3420,00 20 684', 'Totale 684');
    expect(readPlan(text).unparsed).toEqual([]);
    expect(staffOf(text)).toEqual([['C3', '17.10', '200', '3420.00', '20', '684']]);
  });

  // Quadratic time on a long run of digits in a row. src/normalize/cells.ts splitsOf tried every
  // cut of a token and parsed both sides (Decimal over the whole length), for each layout, and
  // again from src/normalize/table.ts continuesRow: 10,000 digits took ~10 s, the 51,000 of a
  // mutated seed line ~70 s.
  it('a row with a 3,000-digit value is read in a fraction of a second', () => {
    const text = plan(HEADER, `C3 17,10 200 ${'1'.repeat(3_000)}`, 'Totale 684');
    const started = performance.now();
    readPlan(text);
    expect(performance.now() - started).toBeLessThan(300);
  });

  // Quadratic time formatting a long number for a message. src/normalize/numbers.ts formatItalian
  // groups thousands with intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.'): the lookahead runs to the
  // end of the number from every position, O(n²). A row whose product has 40,000 digits takes
  // ~1.7 s for its product-mismatch message, 200,000 digits would take ~40 s. Found by `npm run
  // fuzz` (slow cases of seed 777); fixed: thousands grouped in one pass.
  it('a row with a 40,000-digit product is reported in a fraction of a second', () => {
    const text = plan(HEADER, `C3 17,10 200 ${'1'.repeat(40_000)} 20 684`, 'Totale 684');
    const started = performance.now();
    const document = readPlan(text);
    expect(performance.now() - started).toBeLessThan(400);
    expect(document.discrepancies.map((d) => d.rule)).toContain('product-mismatch');
  });

  // Time proportional to the length of the numbers in the total-mismatch explanation.
  // src/reconcile/explain.ts smallestSubset stops after SEARCH_BUDGET (200,000) partial sums, but
  // each Decimal.plus costs as much as the numbers are long: a 31-row table whose one result has
  // 40,000 digits spends ~5 s there (64,000 digits: ~11 s). Found by `npm run fuzz` (seed 777,
  // cases 13738 and 13884: 17,000 digits, 3.6 s in audit); fixed: no subset search over amounts of more than 40 digits.
  it('a total that no subset of 31 rows explains is reported quickly, even with a 40,000-digit result', () => {
    const rows = Array.from({ length: 30 }, (_, i) => {
      const hours = new Decimal(100 + i);
      const product = hours.times('17.10');
      return `C3 17,10 ${hours.toFixed()} ${product.toFixed(2).replace('.', ',')} 20 ${product.times('0.2').toFixed(2).replace('.', ',')}`;
    });
    const text = plan(HEADER, ...rows, `D1 17,10 200 3420,00 20 ${'1'.repeat(40_000)}`, 'Totale 684,01');
    const started = performance.now();
    const document = readPlan(text);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(document.discrepancies.map((d) => d.rule)).toContain('total-mismatch');
  });

  // Inexact computed values. decimal.js rounds every operation to 20 significant digits unless
  // configured: the expected product of src/reconcile/expected.ts, the sums of audit.ts
  // computedTotalOf and the findings' differences were rounded past 20 digits. The contract: "a
  // computed value is exact (decimal.js)".
  it('computed values are exact, however many digits the printed ones have', async () => {
    const text = plan(HEADER, 'C3 17,10 123456789012345678901 3420,00 20 684', 'Totale 684');
    const document = readPlan(text);
    const product = document.projects[0]!.staff[0]!.expected.product;
    // 17,10 × 123456789012345678901, exactly (decimal.js with default settings gives …109200)
    expect(new Decimal(product ?? 'NaN').equals(new Decimal('2111111092111111109207.1'))).toBe(true);
    expect(inexactValues(document)).toEqual([]);
    const { violations } = await checkPipeline(new TextEncoder().encode(text));
    expect(violations.filter((v) => v.kind === 'inexact')).toEqual([]);
  });
});
